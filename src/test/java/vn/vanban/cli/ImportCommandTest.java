package vn.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.Examples;
import vn.vanban.yaml.PlanLoader;

class ImportCommandTest {

    @TempDir
    Path dir;

    private Path seedCopy(String name) throws Exception {
        Path copy = dir.resolve(name);
        Files.copy(Examples.seed(Examples.HAI_DUONG), copy);
        return copy;
    }

    /** The run refused the input: exit 2, the file named in a Vietnamese message, nothing written. */
    private CliRun refused(Path input, String... expectedWords) throws Exception {
        List<String> before = TestPlans.files(dir);
        CliRun run = CliRun.of("import", input.toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run.err());
        assertTrue(run.err().startsWith(input.toString() + ": "), run.err());
        for (String word : expectedWords) {
            assertTrue(run.err().contains(word), () -> "no '" + word + "' in: " + run.err());
        }
        assertEquals(before, TestPlans.files(dir), "nothing written");
        assertEquals("", run.out());
        return run;
    }

    /**
     * The documents around a plan are told by name and refused: a Quyết định and a Báo cáo by their
     * type name, a Công văn, which has none, by its "V/v" subject; the message says the command that
     * writes each from the plan.
     */
    @Test
    void aDecisionAReportAndALetterAreRefusedByName() throws Exception {
        Map<String, String[]> expected = new LinkedHashMap<>();
        expected.put(Examples.DECISION, new String[] {"đây là Quyết định", "tên loại «QUYẾT ĐỊNH»", "không phải kế hoạch",
            "vanban companion KE-HOACH.yaml --loai QĐ"});
        expected.put(Examples.REPORT, new String[] {"đây là Báo cáo", "tên loại «BÁO CÁO»", "--loai BC"});
        expected.put(Examples.LETTER, new String[] {"đây là Công văn", "«V/v triển khai", "công văn không có tên loại",
            "--loai CV"});
        for (Map.Entry<String, String[]> e : expected.entrySet()) {
            Path docx = dir.resolve(e.getKey() + ".docx");
            Files.write(docx, Examples.docx(e.getKey()));
            refused(docx, e.getValue());
        }
    }

    @Test
    void writesTheYamlBesideTheDocumentByDefault() throws Exception {
        Path seed = seedCopy("ke-hoach.txt");
        CliRun run = CliRun.of("import", seed.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        Path yaml = dir.resolve("ke-hoach.yaml");
        assertEquals("Đã ghi " + yaml + "\n", run.out().replace("\r\n", "\n"));
        assertEquals("", run.err());
        assertEquals(Examples.plan(Examples.HAI_DUONG).parts().size(), PlanLoader.load(yaml).plan().parts().size());
        assertEquals(List.of("ke-hoach.txt", "ke-hoach.yaml"), TestPlans.files(dir), "no temporary file left behind");
    }

    @Test
    void theModelineNamesThisVanbansSchemaFromWhereTheYamlLands() throws Exception {
        Path seed = seedCopy("ke-hoach.txt");
        Path yaml = dir.resolve("nam-2026/ke-hoach.yaml");
        Files.createDirectories(yaml.getParent());
        CliRun run = CliRun.of("import", seed.toString(), "-o", yaml.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        String first = Files.readAllLines(yaml).get(0);
        String prefix = "# yaml-language-server: $schema=";
        assertTrue(first.startsWith(prefix), first);
        Path schema = yaml.getParent().resolve(first.substring(prefix.length())).normalize();
        assertTrue(Files.isSameFile(Path.of("schema/ke-hoach.schema.json"), schema), schema.toString());
        assertTrue(!first.contains("\\"), "a modeline uses / on every system: " + first);
    }

    @Test
    void aFolderIsImportedFileByFileIntoTheOutputFolder() throws Exception {
        Path old = Files.createDirectories(dir.resolve("ke-hoach-cu/2023"));
        Files.copy(Examples.seed(Examples.HAI_DUONG), old.resolve("hai-duong.txt"));
        Files.write(old.resolve("cam-ngoc.docx"), Examples.docx(Examples.CAM_NGOC));
        Files.writeString(dir.resolve("ke-hoach-cu/hong.docx"), "không phải docx");
        Path yaml = dir.resolve("yaml");
        CliRun run = CliRun.of("import", dir.resolve("ke-hoach-cu").toString(), "-o", yaml.toString(), "--progress", "none");
        assertEquals(ExitCode.FINDINGS, run.exitCode(), "one file could not be imported: " + run.err());
        assertEquals(List.of("cam-ngoc.yaml", "hai-duong.yaml"), TestPlans.files(yaml));
        assertEquals(Examples.plan(Examples.HAI_DUONG).parts().size(),
                PlanLoader.load(yaml.resolve("hai-duong.yaml")).plan().parts().size());
        assertEquals(Examples.plan(Examples.CAM_NGOC).parts().size(),
                PlanLoader.load(yaml.resolve("cam-ngoc.yaml")).plan().parts().size());
        assertTrue(run.err().contains(dir.resolve("ke-hoach-cu/hong.docx") + ": "), run.err());
        assertTrue(run.out().endsWith("Đã nhập 2/3 tệp; 1 tệp không nhập được (xem ở trên).\n"), run.out());
    }

    @Test
    void severalFilesRefuseOutputsThatCollideBeforeWritingAnything() throws Exception {
        Path a = Files.createDirectories(dir.resolve("a")).resolve("ke-hoach.txt");
        Path b = Files.createDirectories(dir.resolve("b")).resolve("ke-hoach.docx");
        Files.copy(Examples.seed(Examples.HAI_DUONG), a);
        Files.write(b, Examples.docx(Examples.CAM_NGOC));
        Path out = dir.resolve("ra");
        CliRun run = CliRun.of("import", a.toString(), b.toString(), "-o", out.toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run.out());
        assertTrue(run.err().contains("ke-hoach.yaml"), run.err());
        assertFalse(Files.exists(out), "nothing written, not even the folder");
        CliRun withReport = CliRun.of("import", a.toString(), b.toString(), "--report", dir.resolve("r.txt").toString());
        assertEquals(ExitCode.BAD_INPUT, withReport.exitCode());
        assertTrue(withReport.err().startsWith("--report: chỉ dùng khi nhập một tệp"), withReport.err());
    }

    @Test
    void anExistingOutputIsKeptWithoutForce() throws Exception {
        Path seed = seedCopy("ke-hoach.txt");
        Path yaml = dir.resolve("out.yaml");
        Files.writeString(yaml, "giữ nguyên");
        CliRun run = CliRun.of("import", seed.toString(), "-o", yaml.toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains(yaml + ": tệp đã có; dùng --force để ghi đè"), run.err());
        assertEquals("giữ nguyên", Files.readString(yaml));
        CliRun forced = CliRun.of("import", seed.toString(), "-o", yaml.toString(), "--force");
        assertEquals(ExitCode.OK, forced.exitCode(), forced.err());
        assertTrue(Files.readString(yaml).startsWith("# yaml-language-server: $schema="));
    }

    @Test
    void aPdfIsNotSupported() throws Exception {
        Path pdf = dir.resolve("ke-hoach.docx");
        Files.write(pdf, "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1));
        refused(pdf, "tệp PDF", "chưa đọc được PDF");
        Files.writeString(dir.resolve("ke-hoach.yaml"), "có sẵn");
        refused(pdf, "tệp PDF");
    }

    @Test
    void scannedImagesAreNotSupported() throws Exception {
        byte[][] images = {
            {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0},
            {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'},
            {'I', 'I', 42, 0, 8, 0, 0, 0},
            {'M', 'M', 0, 42, 0, 0, 0, 8},
        };
        for (int i = 0; i < images.length; i++) {
            Path image = dir.resolve("ban-quet-" + i + ".txt");
            Files.write(image, images[i]);
            refused(image, "tệp ảnh", "không nhận dạng chữ");
            Files.delete(image);
        }
    }

    @Test
    void aLegacyDocSaysHowToConvertIt() throws Exception {
        Path doc = dir.resolve("ke-hoach cu.doc");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "WordDocument");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            fs.writeFilesystem(bytes);
            Files.write(doc, bytes.toByteArray());
        }
        refused(doc, "Word 97-2003 (.doc)", "soffice --headless --convert-to docx ke-hoach cu.doc");
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        Path empty = dir.resolve("rong.txt");
        Files.write(empty, new byte[0]);
        refused(empty, "tệp rỗng");
        Files.writeString(empty, " \n\n\t\n");
        refused(empty, "tệp rỗng");
    }

    @Test
    void aDocumentThatIsNotAPlanIsRefused() throws Exception {
        Path letter = dir.resolve("thu.txt");
        Files.writeString(letter, "Kính gửi anh Nam,\n\nCuối tuần này họp lớp ở nhà văn hóa thôn.\n\nThân,\nBình\n");
        refused(letter, "không phải một kế hoạch");
        Path docx = dir.resolve("thu.docx");
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Danh sách mua sắm: gạo, muối, nước mắm.");
            try (var stream = Files.newOutputStream(docx)) {
                document.write(stream);
            }
        }
        refused(docx, "không phải một kế hoạch");
    }

    @Test
    void whatIsNotRecognisedIsListedWithItsLineAndKept() throws Exception {
        String seed = Files.readString(Examples.seed(Examples.CAM_NGOC), StandardCharsets.UTF_8);
        String changed = seed.replace("Số: /KH-UBND", "Kính gửi: các bộ phận chuyên môn\n\nSố: /KH-UBND")
                .replace("Phạm Văn Hành", "(Đã ký)\n\nPhạm Văn Hành\n\n- Ghi chú viết tay cuối trang");
        Path input = dir.resolve("ke-hoach.txt");
        Files.writeString(input, changed, StandardCharsets.UTF_8);
        Path report = dir.resolve("xem-lai.txt");
        CliRun run = CliRun.of("import", input.toString(), "--report", report.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        int line = (int) changed.substring(0, changed.indexOf("Kính gửi")).lines().count() + 1;
        String first = input + ": cảnh báo: dòng " + line + ": không nhận ra ở phần đầu văn bản; giữ thành đoạn mở đầu: "
                + "«Kính gửi: các bộ phận chuyên môn»";
        assertTrue(run.err().contains(first), run.err());
        assertTrue(run.err().contains("không nhận ra ở phần cuối văn bản; giữ thành đoạn kết: «- Ghi chú viết tay cuối trang»"),
                run.err());
        assertTrue(run.err().contains("ghi chú chữ ký, không đưa vào kế hoạch: «(Đã ký)»"), run.err());
        assertTrue(run.out().contains("(3 chỗ cần xem lại, liệt kê ở trên)"), run.out());
        String yaml = Files.readString(dir.resolve("ke-hoach.yaml"));
        assertTrue(yaml.contains("Kính gửi: các bộ phận chuyên môn"), "kept as a paragraph");
        assertTrue(yaml.contains("Ghi chú viết tay cuối trang"), "kept as a paragraph");
        assertTrue(yaml.contains("ho_ten: Phạm Văn Hành"), yaml);
        String written = Files.readString(report);
        assertTrue(written.startsWith("Nhập " + input + ": 3 chỗ cần xem lại.\n"), written);
        assertTrue(written.contains("dòng " + line + ": "), written);
    }
}
