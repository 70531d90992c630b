package vn.vanban.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The hand-written package reads back as every zip reader reads it, and parts deflated before change nothing. */
class DocxPackageTest {

    private static List<DocxPackage.Entry> parts(long seed) {
        Random random = new Random(seed);
        List<DocxPackage.Entry> parts = new ArrayList<>();
        parts.add(new DocxPackage.Entry("[Content_Types].xml", new byte[0]));
        parts.add(new DocxPackage.Entry("word/document.xml", ("<w:t>Ủy ban nhân dân xã " + seed + "</w:t>").repeat(500)
                .getBytes(StandardCharsets.UTF_8)));
        byte[] noise = new byte[70_000];
        random.nextBytes(noise);
        parts.add(new DocxPackage.Entry("word/media/nhiễu.bin", noise));
        return parts;
    }

    private static Map<String, byte[]> read(byte[] zip) throws Exception {
        Map<String, byte[]> read = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                assertEquals(ZipEntry.DEFLATED, entry.getMethod(), entry.getName());
                assertNotNull(entry.getLastModifiedTime(), entry.getName());
                read.put(entry.getName(), in.readAllBytes());
            }
        }
        return read;
    }

    @Test
    void everyPartReadsBackInOrder() throws Exception {
        List<DocxPackage.Entry> parts = parts(1);
        Map<String, byte[]> read = read(DocxPackage.zip(parts));
        assertEquals(parts.stream().map(DocxPackage.Entry::name).toList(), List.copyOf(read.keySet()));
        for (DocxPackage.Entry part : parts) {
            assertArrayEquals(part.content(), read.get(part.name()), part.name());
        }
    }

    @Test
    void partsDeflatedBeforeGiveTheSameBytes() throws Exception {
        DocxPackage.DeflatedParts deflated = new DocxPackage.DeflatedParts();
        for (long seed : new long[] {1, 2, 2, 1, 3}) {
            assertArrayEquals(DocxPackage.zip(parts(seed)), DocxPackage.zip(parts(seed), deflated), "seed " + seed);
        }
    }
}
