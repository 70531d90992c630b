package vn.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import vn.vanban.Examples;
import vn.vanban.check.Checker;
import vn.vanban.units.AdministrativeUnit;
import vn.vanban.units.UnitList;
import vn.vanban.units.UnitNames;

/** vanban batch over the smallest province of the 2025 list, through the command line. */
class BatchCommandTest {

    private static AdministrativeUnit province;
    private static List<AdministrativeUnit> communes;

    @TempDir
    Path dir;

    @BeforeAll
    static void smallestProvince() {
        UnitList list = UnitList.current();
        province = list.provinces().stream().min(Comparator.comparingInt(p -> list.communes(p).size())).orElseThrow();
        communes = list.communes(province);
    }

    /** The Cẩm Ngọc plan with a variable the units file can set, and the schema path fixed for the temp dir. */
    private Path plan() throws Exception {
        Path plan = dir.resolve("ke-hoach.yaml");
        String text = Files.readString(Examples.yaml(Examples.CAM_NGOC), StandardCharsets.UTF_8)
                .replace("../schema/", "schema/")
                .replace("nam: 2023\n", "nam: 2023\nbien:\n  truong_tram: Trưởng Trạm Y tế\n")
                .replace("  - tieu_de: Mục đích, yêu cầu\n",
                        "  - tieu_de: Mục đích, yêu cầu\n    doan: ${truong_tram} chịu trách nhiệm chính.\n");
        Files.writeString(plan, text, StandardCharsets.UTF_8);
        return plan;
    }

    private Path unitsFile(String name, String... lines) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> names(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String expectedName(AdministrativeUnit unit) {
        return unit.code() + "-" + UnitNames.slug(unit.inText()) + ".docx";
    }

    @Test
    void rendersOneValidDocumentPerCommuneWithItsOwnNameAndPlace() throws Exception {
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("batch", plan().toString(), "--province", province.name(), "-o", out.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertEquals(communes.size(), names(out).size());
        assertEquals(communes.stream().map(BatchCommandTest::expectedName).sorted().toList(), names(out));
        for (AdministrativeUnit commune : communes) {
            Path file = out.resolve(expectedName(commune));
            assertValid(commune.code(), file);
            byte[] docx = Files.readAllBytes(file);
            Header header = header(docx);
            assertEquals(List.of("ỦY BAN NHÂN DÂN", commune.headerLine()), header.issuerLines(), commune.code());
            assertTrue(header.placeDate().startsWith(commune.name() + ", ngày "), header.placeDate());
            String text = Examples.text(docx);
            assertTrue(text.contains("trên địa bàn " + commune.inText() + " năm 2023"), commune.code() + ": subject");
            assertTrue(text.contains("UBND " + commune.inText() + " xây dựng kế hoạch"), commune.code() + ": ${dia_ban}");
            assertTrue(text.contains("Trưởng Trạm Y tế chịu trách nhiệm chính."), "the plan's own variable");
            assertFalse(text.contains("Cẩm Ngọc"), commune.code() + " still names the example's commune");
        }
        assertTrue(run.out().contains("Đơn vị:     " + communes.size()), run.out());
        assertTrue(run.out().contains("Đã ghi:     " + communes.size() + " văn bản (" + communes.size() + " mới, 0 ghi đè)"), run.out());
        assertTrue(run.out().contains("Lỗi:        0"), run.out());
        assertTrue(run.out().matches("(?s).*Thời gian:  \\d+,\\d\\d giây \\(\\d+ văn bản/giây\\).*"), run.out());
        assertTrue(run.err().contains("Đã xử lý " + communes.size() + "/" + communes.size() + " đơn vị (100%)"), run.err());
    }

    @Test
    void theExampleUnitsFileMakesCamNgocsOwnPlanAmongItsNeighbours() throws Exception {
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("batch", Examples.yaml(Examples.CAM_NGOC).toString(), "--units",
                "examples/don-vi-cam-thuy-2023.csv", "--dvhc", "2024", "-o", out.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertEquals(17, names(out).size());
        assertTrue(names(out).contains("15127-thi-tran-phong-son.docx"), names(out).toString());
        Examples.assertSameParts(Examples.docx(Examples.CAM_NGOC), Files.readAllBytes(out.resolve("15169-xa-cam-ngoc.docx")),
                "the batch's Cẩm Ngọc is the example rendered on its own, part for part");
        String phongSon = Examples.text(Files.readAllBytes(out.resolve("15127-thi-tran-phong-son.docx")));
        assertTrue(phongSon.contains("THỊ TRẤN PHONG SƠN"), phongSon);
        assertTrue(phongSon.contains("Lê Văn Phong"), phongSon);
        assertTrue(phongSon.contains("trên địa bàn thị trấn Phong Sơn năm 2023"), phongSon);
    }

    @Test
    void aUnitsFileGivesEachUnitItsSignerNumberAndVariables() throws Exception {
        AdministrativeUnit first = communes.get(0);
        AdministrativeUnit second = communes.get(1);
        Path units = unitsFile("don-vi.csv",
                "ma;ho_ten;so;bien.truong_tram",
                first.code() + ";Nguyễn Văn An;7;Trạm trưởng",
                // A spreadsheet drops leading zeros; the code is read back to five digits.
                Integer.parseInt(second.code()) + ";\"Trần Thị Bình\";;");
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("batch", plan().toString(), "--units", units.toString(), "-o", out.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        String one = Examples.text(Files.readAllBytes(out.resolve(expectedName(first))));
        assertTrue(one.contains("Số: 07/KH-UBND"), one);
        assertTrue(one.contains("Nguyễn Văn An"), one);
        assertTrue(one.contains("Trạm trưởng chịu trách nhiệm chính."), one);
        String two = Examples.text(Files.readAllBytes(out.resolve(expectedName(second))));
        assertTrue(two.contains("Trần Thị Bình"), two);
        assertTrue(two.contains("Trưởng Trạm Y tế chịu trách nhiệm chính."), "an empty cell keeps the plan's value");
        assertFalse(two.contains("Phạm Văn Hành"), "the plan's signer is replaced");
        assertEquals(2, names(out).size());
    }

    /**
     * A number, a date and a signer's name belong to one document: the plan's own never reach a
     * unit's. Cẩm Ngọc with its signer and no so/ngay is the example's draft, byte for byte, though
     * the plan now has a number and a date; Phong Sơn gets its own; Cẩm Quý, with nothing, a
     * draft with the name left blank. Each of the two warnings is said once.
     */
    @Test
    void thePlansNumberDateAndSignerNameAreItsOwnNotTheUnits() throws Exception {
        Path plan = dir.resolve("ke-hoach.yaml");
        String text = Files.readString(Examples.yaml(Examples.CAM_NGOC), StandardCharsets.UTF_8)
                .replace("../schema/", "schema/")
                .replaceFirst("(?m)^so: null.*$", "so: 3")
                .replaceFirst("(?m)^ngay: null.*$", "ngay: 2023-03-10");
        Files.writeString(plan, text, StandardCharsets.UTF_8);
        Path units = unitsFile("don-vi.csv",
                "ma,ho_ten,so,ngay",
                "15169,Phạm Văn Hành,,",
                "15127,Lê Văn Phong,7,15/03/2023",
                "15136,,,");
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("batch", plan.toString(), "--units", units.toString(), "--dvhc", "2024", "-o", out.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        Examples.assertSameParts(Examples.docx(Examples.CAM_NGOC), Files.readAllBytes(out.resolve("15169-xa-cam-ngoc.docx")),
                "no so/ngay in the units file: the unit's document is a draft, as render prints the example");
        String phongSon = Examples.text(Files.readAllBytes(out.resolve("15127-thi-tran-phong-son.docx")));
        assertTrue(phongSon.contains("Số: 07/KH-UBND"), phongSon);
        assertTrue(phongSon.contains("ngày 15 tháng 3 năm 2023"), phongSon);
        byte[] camQuy = Files.readAllBytes(out.resolve("15136-xa-cam-quy.docx"));
        String quy = Examples.text(camQuy);
        assertFalse(quy.contains("Số: 03"), quy);
        assertFalse(quy.contains("Phạm Văn Hành"), "the plan's signer is not the unit's");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(camQuy))) {
            List<String> names = document.getTables().stream().flatMap(t -> t.getRows().stream())
                    .flatMap(r -> r.getTableCells().stream()).flatMap(c -> c.getParagraphs().stream())
                    .filter(p -> "HoTen".equals(p.getStyle())).map(XWPFParagraph::getText).toList();
            assertEquals(List.of(""), names, "the name is left blank for the unit to write");
        }
        String numberWarning = plan + ": cảnh báo: số và ngày của văn bản này không chép sang văn bản của đơn vị"
                + " (mỗi văn bản một số, một ngày); 2/3 đơn vị thiếu cột so hoặc ngay trong tệp đơn vị nên để trống"
                + " số hoặc ngày như bản dự thảo";
        String nameWarning = plan + ": cảnh báo: họ tên người ký 'Phạm Văn Hành' là của văn bản này, không chép sang"
                + " văn bản của đơn vị; 1/3 đơn vị không có cột ho_ten nên để trống họ tên dưới chức vụ cho đơn vị ghi";
        assertTrue(run.err().contains(numberWarning), run.err());
        assertTrue(run.err().contains(nameWarning), run.err());
        assertEquals(run.err().indexOf(numberWarning), run.err().lastIndexOf(numberWarning), "said once");

        Path badDate = unitsFile("ngay-sai.csv", "ma,ngay", "15127,30/02/2023");
        CliRun bad = CliRun.of("batch", plan.toString(), "--units", badDate.toString(), "--dvhc", "2024", "-o",
                dir.resolve("out2").toString());
        assertEquals(ExitCode.FINDINGS, bad.exitCode());
        assertTrue(bad.err().contains(badDate + ":2: 15127 thị trấn Phong Sơn: lỗi: ngày '30/02/2023' không có trên"
                + " lịch (cột ngay): tháng 2 năm 2023 không có ngày 30"), bad.err());
    }

    @Test
    void aUnitsFileWithoutTheCodeColumnStopsBeforeWritingAnything() throws Exception {
        Path units = unitsFile("don-vi.csv", "ten,ho_ten", "Phú Xuân,Nguyễn Văn An");
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("batch", plan().toString(), "--units", units.toString(), "-o", out.toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains(units + ":1:1: thiếu cột 'ma'"), run.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void anUnknownProvinceAndADuplicateCodeAreReportedWithTheirLines() throws Exception {
        AdministrativeUnit first = communes.get(0);
        Path units = unitsFile("don-vi.csv",
                "ma,tinh,ho_ten",
                first.code() + "," + province.name() + ",Nguyễn Văn An",
                communes.get(1).code() + ",Hà Tây,Trần Thị Bình",
                first.code() + ",,Lê Văn Cường",
                "00004," + province.name() + ",Phạm Thị Dung",
                "x/y,,Hoàng Văn Em");
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("batch", plan().toString(), "--units", units.toString(), "-o", out.toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        String err = run.err();
        assertTrue(err.contains(units + ":3:7: không có tỉnh, thành phố 'Hà Tây' trong danh mục 2025"), err);
        assertTrue(err.contains(units + ":4:1: mã " + first.code() + " trùng với dòng 2"), err);
        assertTrue(err.contains(units + ":5:7: mã 00004 (phường Ba Đình) thuộc thành phố Hà Nội, không thuộc " + province.inText()), err);
        assertTrue(err.contains(units + ":6:1: mã 'x/y' không hợp lệ"), err);
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void aProvinceThatIsNoMorePointsToItsSuccessor() throws Exception {
        CliRun run = CliRun.of("batch", plan().toString(), "--province", "Hải Dương", "-o", dir.resolve("out").toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("--province: không có tỉnh, thành phố 'Hải Dương' trong danh mục 2025"), run.err());
        assertTrue(run.err().contains("thuộc thành phố Hải Phòng"), run.err());
    }

    @Test
    void oneFailingUnitIsReportedAndTheOthersAreWritten() throws Exception {
        List<String> lines = new ArrayList<>(List.of("ma,ho_ten,so,quyen_han"));
        for (int i = 0; i < 6; i++) {
            AdministrativeUnit unit = communes.get(i);
            String authority = i == 2 ? "PCT" : "";
            String number = i == 4 ? "12a" : Integer.toString(i + 10);
            lines.add(unit.code() + ",Người Ký " + i + "," + number + "," + authority);
        }
        Path units = unitsFile("don-vi.csv", lines.toArray(String[]::new));
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("batch", plan().toString(), "--units", units.toString(), "-o", out.toString(), "-j", "3");
        assertEquals(ExitCode.FINDINGS, run.exitCode(), run.err());
        AdministrativeUnit noSigner = communes.get(2);
        AdministrativeUnit badNumber = communes.get(4);
        assertTrue(run.err().contains(units + ":4: " + noSigner.code() + " " + noSigner.inText()
                + ": lỗi: quyền hạn 'PCT' không hợp lệ (cột quyen_han)"), run.err());
        assertTrue(run.err().contains(units + ":6: " + badNumber.code() + " " + badNumber.inText()
                + ": lỗi: số '12a' không hợp lệ (cột so)"), run.err());
        assertEquals(4, names(out).size());
        assertFalse(Files.exists(out.resolve(expectedName(noSigner))));
        assertTrue(Files.exists(out.resolve(expectedName(communes.get(5)))), "units after a failure are written");
        assertTrue(run.out().contains("Lỗi:        2"), run.out());
        assertTrue(run.out().contains("Đã ghi:     4 văn bản"), run.out());
    }

    @Test
    void aRerunRewritesOnlyWhatChangedAndNeverTouchesOtherFiles() throws Exception {
        Path plan = plan();
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("ghi-chu.txt"), "của văn thư");
        List<String> lines = new ArrayList<>(List.of("ma,so"));
        communes.forEach(c -> lines.add(c.code() + ","));
        Path units = unitsFile("don-vi.csv", lines.toArray(String[]::new));
        assertEquals(ExitCode.OK, CliRun.of("batch", plan.toString(), "--units", units.toString(), "-o", out.toString()).exitCode());
        Map<String, Object> times = identities(out);

        CliRun again = CliRun.of("batch", plan.toString(), "--units", units.toString(), "-o", out.toString());
        assertEquals(ExitCode.OK, again.exitCode(), again.err());
        assertTrue(again.out().contains("Đã ghi:     0 văn bản (0 mới, 0 ghi đè)"), again.out());
        assertTrue(again.out().contains("Không đổi:  " + communes.size()), again.out());
        assertEquals(times, identities(out), "an unchanged document is not rewritten");

        AdministrativeUnit changed = communes.get(3);
        lines.set(4, changed.code() + ",25");
        Files.writeString(units, String.join("\n", lines) + "\n");
        byte[] before = Files.readAllBytes(out.resolve(expectedName(changed)));
        CliRun unforced = CliRun.of("batch", plan.toString(), "--units", units.toString(), "-o", out.toString());
        assertEquals(ExitCode.FINDINGS, unforced.exitCode());
        assertTrue(unforced.err().contains(changed.code() + " " + changed.inText() + ": lỗi: tệp "), unforced.err());
        assertTrue(unforced.err().contains("dùng --force để ghi đè"), unforced.err());
        assertArrayEquals(before, Files.readAllBytes(out.resolve(expectedName(changed))), "kept without --force");

        CliRun forced = CliRun.of("batch", plan.toString(), "--units", units.toString(), "-o", out.toString(), "--force");
        assertEquals(ExitCode.OK, forced.exitCode(), forced.err());
        assertTrue(forced.out().contains("Đã ghi:     1 văn bản (0 mới, 1 ghi đè)"), forced.out());
        assertTrue(forced.out().contains("Không đổi:  " + (communes.size() - 1)), forced.out());
        assertTrue(Examples.text(Files.readAllBytes(out.resolve(expectedName(changed)))).contains("Số: 25/KH-UBND"));
        Map<String, Object> after = identities(out);
        for (String name : times.keySet()) {
            if (!name.equals(expectedName(changed))) {
                assertEquals(times.get(name), after.get(name), name + " was rewritten");
            }
        }
        assertEquals("của văn thư", Files.readString(out.resolve("ghi-chu.txt")));
        assertEquals(communes.size() + 1, names(out).size(), "no temporary file left behind");
    }

    @Test
    void zipWritesOneDeterministicArchiveInUnitOrder() throws Exception {
        Path plan = plan();
        Path first = dir.resolve("a/ke-hoach.zip");
        Path second = dir.resolve("b/ke-hoach.zip");
        CliRun run = CliRun.of("batch", plan.toString(), "--province", province.code(), "-o", first.toString(), "--zip", "-j", "2");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("Văn bản:    " + communes.size() + " trong tệp nén; đã ghi "), run.out());
        assertEquals(ExitCode.OK, CliRun.of("batch", plan.toString(), "--province", province.code(), "-o", second.toString(),
                "--zip", "-j", "1").exitCode());
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second), "same input, same archive");
        assertEquals(List.of("ke-hoach.zip"), names(first.getParent()), "no temporary file left behind");

        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(first)))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        assertEquals(communes.stream().map(BatchCommandTest::expectedName).toList(), List.copyOf(entries.keySet()));
        AdministrativeUnit last = communes.get(communes.size() - 1);
        assertEquals(List.of("ỦY BAN NHÂN DÂN", last.headerLine()), header(entries.get(expectedName(last))).issuerLines());

        CliRun exists = CliRun.of("batch", plan.toString(), "--province", province.code(), "-o", first.toString(), "--zip");
        assertEquals(ExitCode.BAD_INPUT, exists.exitCode());
        assertTrue(exists.err().contains(first + ": tệp đã có; dùng --force để ghi đè"), exists.err());
        CliRun same = CliRun.of("batch", plan.toString(), "--province", province.code(), "-o", first.toString(), "--zip", "--force");
        assertEquals(ExitCode.OK, same.exitCode(), same.err());
        assertTrue(same.out().contains("không đổi"), same.out());
    }

    @Test
    void aTerminalGetsABarRedrawnInPlace() throws Exception {
        CliRun run = CliRun.of("batch", plan().toString(), "--province", province.code(), "-o", dir.resolve("out").toString(),
                "--progress", "bar");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.err().contains("\r\033[K["), run.err());
        assertTrue(run.err().contains("100% " + communes.size() + "/" + communes.size() + " đơn vị"), run.err());
        assertFalse(run.err().contains("Đã xử lý"), "no plain lines on a terminal");
    }

    @Test
    void badOptionsExitTwo() throws Exception {
        Path plan = plan();
        Path out = dir.resolve("out");
        assertEquals(ExitCode.BAD_INPUT, CliRun.of("batch", plan.toString(), "--province", "Huế", "-o", out.toString(), "-j", "0").exitCode());
        assertEquals(ExitCode.BAD_INPUT, CliRun.of("batch", plan.toString(), "--province", "Huế", "-o", out.toString(), "--dvhc", "2019").exitCode());
        assertEquals(ExitCode.BAD_INPUT, CliRun.of("batch", plan.toString(), "-o", out.toString()).exitCode(), "no units");
        Files.writeString(plan, Files.readString(plan).replace("ten: [ỦY BAN NHÂN DÂN, XÃ CẨM NGỌC]", "ten: [UBND XÃ CẨM NGỌC]"));
        CliRun oneLine = CliRun.of("batch", plan.toString(), "--province", "Huế", "-o", out.toString());
        assertEquals(ExitCode.BAD_INPUT, oneLine.exitCode());
        assertTrue(oneLine.err().contains("co_quan.ten cần hai dòng trở lên"), oneLine.err());
        assertFalse(Files.exists(out));
    }

    /** What the header table says: the issuing body's lines and the place-and-date line. */
    private record Header(List<String> issuerLines, String placeDate) {
    }

    private static Header header(byte[] docx) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable table = document.getTables().get(0);
            List<String> issuer = new ArrayList<>();
            for (XWPFParagraph p : table.getRow(0).getCell(0).getParagraphs()) {
                if ("CoQuan".equals(p.getStyle())) {
                    issuer.add(p.getText());
                }
            }
            return new Header(issuer, table.getRow(1).getCell(1).getText());
        }
    }

    /**
     * The file opens, its body is schema-valid WordprocessingML, and vanban check finds nothing in
     * it but the signer's name, which a batch without a units file leaves for the unit to write.
     */
    private static void assertValid(String unit, Path file) throws Exception {
        byte[] document = Examples.parts(Files.readAllBytes(file)).get("word/document.xml");
        DocumentDocument xml = DocumentDocument.Factory.parse(new ByteArrayInputStream(document));
        List<XmlError> errors = new ArrayList<>();
        assertTrue(xml.validate(new XmlOptions().setErrorListener(errors)) && errors.isEmpty(), () -> unit + ": " + errors);
        assertEquals(List.of("ND30-SIGNER-NAME-MISSING"), Checker.check(file).stream().map(f -> f.rule().id()).toList(),
                unit + ": vanban check");
    }

    /**
     * Each file's identity: a document written again goes through a temporary file and a move, so
     * it becomes another file (another inode) even with the same bytes.
     */
    private static Map<String, Object> identities(Path directory) throws Exception {
        Map<String, Object> identities = new HashMap<>();
        for (String name : names(directory)) {
            BasicFileAttributes attributes = Files.readAttributes(directory.resolve(name), BasicFileAttributes.class);
            identities.put(name, attributes.fileKey() != null ? attributes.fileKey() : attributes.lastModifiedTime());
        }
        return identities;
    }

}
