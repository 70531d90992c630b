package vn.vanban.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import vn.vanban.Examples;
import vn.vanban.docx.UnreadableDocumentException;
import vn.vanban.model.Authority;
import vn.vanban.model.Signer;

/** Signature blocks as they come: a name in capitals, Q. with a title line, KT. without one, no name. */
class SignerVariantsTest {

    private static final String BLOCK = "**KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH**\n\nPhạm Văn Hành";

    private static PlanImporter.Result importWith(String block) throws Exception {
        String seed = Files.readString(Examples.seed(Examples.CAM_NGOC), StandardCharsets.UTF_8);
        assertTrue(seed.contains(BLOCK));
        return PlanImporter.importSource(TextSource.read("ky.txt", seed.replace(BLOCK, block).getBytes(StandardCharsets.UTF_8)), "../schema/ke-hoach.schema.json");
    }

    @Test
    void aNameInCapitalsIsTakenAndListed() throws Exception {
        PlanImporter.Result result = importWith("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNGUYỄN VĂN AN");
        assertEquals(new Signer(Authority.TM, "Ủy ban nhân dân", null, "Chủ tịch", "Nguyễn Văn An"), result.plan().signer());
        assertTrue(result.report().get(0).contains("họ tên người ký viết in hoa"), result.report().toString());
    }

    @Test
    void anActingHeadPrintsNoSecondTitleLine() throws Exception {
        PlanImporter.Result result = importWith("Q. CHỦ TỊCH\nCHỦ TỊCH\n\nPhạm Văn Hành");
        assertEquals(new Signer(Authority.Q, null, "Chủ tịch", null, "Phạm Văn Hành"), result.plan().signer());
        assertEquals(1, result.report().size(), result.report().toString());
    }

    @Test
    void aDeputyWithoutATitleLineIsAssumedPhoAndListed() throws Exception {
        PlanImporter.Result result = importWith("KT. CHỦ TỊCH\n\nPhạm Văn Hành");
        assertEquals(new Signer(Authority.KT, null, "Chủ tịch", "Phó Chủ tịch", "Phạm Văn Hành"), result.plan().signer());
        assertTrue(result.report().get(0).contains("tạm ghi chuc_vu: Phó Chủ tịch"), result.report().toString());
    }

    @Test
    void noNameIsRefused() {
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> importWith("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"));
        assertTrue(e.getMessage().contains("không thấy họ tên người ký"), e.getMessage());
    }
}
