package vn.vanban.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanban.Examples;

/**
 * Every example document, byte for byte: the SHA-256 of each .docx as rendered when the speed
 * work of issue 14 began. Work on speed (the launcher, class loading, the batch pipeline) must
 * not change a single byte; a change of layout or wording does, and then the new digests are
 * recorded here with the commit that explains the change.
 */
class RenderedBytesTest {

    private static final Map<String, String> SHA256 = Map.of(
            Examples.CAM_NGOC, "a992e87810aeb9b15b71e60920903c642c75ed1b0690e7ed8b19fc31915bc633",
            Examples.HAI_DUONG, "46d34d6e4ae70a3a897efd73b2cdedfd3d559d4cbcbbfe475b9c4d063781cf58",
            Examples.DECISION, "06a5095935d03ad56e57e06a13a2f0f1a7dccb859c37633304f7844607e0c3ce",
            Examples.LETTER, "998f24eab8dec5190dbf7b42bef358ca35509da68dd253210903ee1027730ef3",
            Examples.REPORT, "e8f1567b1e2945162cb67a2cfd4e9bd7a42c94c97d0fd7e7fc4a5928bc1226e0");

    static Iterable<String> documents() {
        return Examples.documents();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void theExampleRendersToTheSameBytes(String name) throws NoSuchAlgorithmException {
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Examples.docx(name)));
        assertEquals(SHA256.get(name), digest, name + ".docx changed");
    }
}
