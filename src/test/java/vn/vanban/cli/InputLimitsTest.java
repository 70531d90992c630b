package vn.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.Examples;
import vn.vanban.docx.BadFiles;
import vn.vanban.docx.TestDocx;

/**
 * Every reader has a size limit and answers past it with exit 2 and a Vietnamese message, writing
 * nothing; and the damaged inputs of the issue are told for what they are.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class InputLimitsTest {

    @TempDir
    Path dir;

    private CliRun refused(String message, String... args) throws Exception {
        return TestPlans.refused(dir, message, args);
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    @Test
    void aPlanThatNeverEndsIsRefusedAfterTwoMegabytes() throws Exception {
        Path endless = Path.of("/dev/zero");
        Assumptions.assumeTrue(Files.exists(endless), "no /dev/zero here");
        refused("/dev/zero: tệp quá lớn (trên 2 MB)", "render", endless.toString(), "-o", dir.resolve("x.docx").toString());
    }

    @Test
    void aDocxOverFiftyMegabytesIsNotOpened() throws Exception {
        Path big = write("lon.docx", Examples.docx(Examples.CAM_NGOC));
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024 + 1);
        }
        refused(big + ": tệp quá lớn (trên 50 MB)", "check", big.toString());
        refused(big + ": tệp quá lớn (trên 50 MB)", "import", big.toString(), "-o", dir.resolve("x.yaml").toString());
    }

    @Test
    void aDocumentPartOverEightMegabytesIsNotParsed() throws Exception {
        byte[] docx = BadFiles.grown(Examples.docx(Examples.HAI_DUONG), "word/document.xml", 8L * 1024 * 1024 + 1);
        assertTrue(docx.length < 4 * 1024 * 1024, "compressed as text is, not as a zip bomb: " + docx.length);
        Path file = write("dai.docx", docx);
        String message = file + ": phần word/document.xml của tệp .docx giải nén ra hơn 8 MB";
        refused(message, "check", file.toString());
        refused(message, "check", "--json", file.toString());
        refused(message, "import", file.toString(), "-o", dir.resolve("x.yaml").toString());
    }

    @Test
    void aTextFileOverTwoMegabytesIsNotImported() throws Exception {
        String seed = Files.readString(Examples.seed(Examples.HAI_DUONG), StandardCharsets.UTF_8);
        Path file = write("dai.txt", seed.repeat((int) (2L * 1024 * 1024 / seed.length()) + 1).getBytes(StandardCharsets.UTF_8));
        refused(file + ": tệp chữ quá lớn (trên 2 MB)", "import", file.toString(), "-o", dir.resolve("x.yaml").toString());
    }

    @Test
    void aDocxMissingItsLastBytesIsNotCheckedAsClean() throws Exception {
        byte[] docx = Examples.docx(Examples.CAM_NGOC);
        Path cut = write("cut.docx", Arrays.copyOf(docx, docx.length - 10));
        CliRun run = refused(cut + ": tệp .docx bị hỏng hoặc không trọn vẹn", "check", cut.toString());
        assertEquals("", run.out());
        refused("tệp .docx bị hỏng hoặc không trọn vẹn", "import", cut.toString(), "-o", dir.resolve("x.yaml").toString());
    }

    @Test
    void anEncryptedDocxIsNotCalledADoc() throws Exception {
        Path locked = write("khoa.docx", BadFiles.encrypted(TestDocx.camNgoc()));
        CliRun run = refused("được đặt mật khẩu (mã hóa)", "import", locked.toString(), "-o", dir.resolve("x.yaml").toString());
        assertFalse(run.err().contains(".doc)"), run.err());
    }

    @Test
    void textInAnotherEightBitCodePageIsAnEncodingProblem() throws Exception {
        // What Notepad writes as "ANSI" on a Vietnamese Windows: code page 1258, tones as combining marks.
        Assumptions.assumeTrue(Charset.isSupported("windows-1258"));
        String seed = Files.readString(Examples.seed(Examples.HAI_DUONG), StandardCharsets.UTF_8);
        byte[] ansi = windows1258(seed);
        assertFalse(new String(ansi, Charset.forName("windows-1258")).contains("?"), "every letter has its code");
        Path file = write("ansi.txt", ansi);
        refused(file + ": tệp chữ không được mã hóa UTF-8", "import", file.toString(), "-o", dir.resolve("x.yaml").toString());
    }

    /** Code page 1258 has the letters with their vowel marks (ư, ô, ă) but writes tones as combining marks. */
    private static byte[] windows1258(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            String letter = java.text.Normalizer.normalize(text.substring(i, i + 1), java.text.Normalizer.Form.NFD);
            StringBuilder tones = new StringBuilder();
            StringBuilder rest = new StringBuilder();
            for (char c : letter.toCharArray()) {
                ("\u0300\u0301\u0303\u0309\u0323".indexOf(c) >= 0 ? tones : rest).append(c);
            }
            out.append(java.text.Normalizer.normalize(rest, java.text.Normalizer.Form.NFC)).append(tones);
        }
        return out.toString().getBytes(Charset.forName("windows-1258"));
    }

    @Test
    void aPackageOfThousandsOfPartsIsNotOpened() throws Exception {
        Map<String, byte[]> parts = new LinkedHashMap<>(TestDocx.unzip(Examples.docx(Examples.CAM_NGOC)));
        for (int i = 0; i < 1000; i++) {
            parts.put("word/media/h" + i + ".bin", new byte[] {1});
        }
        Path file = write("nhieu.docx", TestDocx.zip(parts));
        refused("tệp nén có hơn 1.000 phần", "check", file.toString());
    }
}
