package vn.vanban.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.Examples;
import vn.vanban.model.Block;

/** The same plan arriving in other shapes: a UTF-16 text file, a .docx with a table in its body. */
class SourceVariantsTest {

    @TempDir
    Path dir;

    @Test
    void aUtf16TextFileWithItsByteOrderMarkImportsLikeTheUtf8One() throws Exception {
        String seed = Files.readString(Examples.seed(Examples.HAI_DUONG), StandardCharsets.UTF_8);
        Path utf16 = dir.resolve("ke-hoach.txt");
        Files.write(utf16, ("\uFEFF" + seed.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_16LE));
        PlanImporter.Result result = PlanImporter.importFile(utf16, "../schema/ke-hoach.schema.json");
        assertEquals(PlanImporter.importFile(Examples.seed(Examples.HAI_DUONG), null).plan(), result.plan());
    }

    /** A Sở's plan without its place line: the place is its chủ quản's province, not the Sở's own name. */
    @Test
    void aMissingPlaceIsTakenFromTheAreaTheHeaderNamesNotFromTheDepartmentsName() throws Exception {
        String seed = Files.readString(Examples.seed(Examples.HAI_DUONG), StandardCharsets.UTF_8)
                .replace("ỦY BAN NHÂN DÂN\nTỈNH HẢI DƯƠNG\n", "UBND TỈNH KON TUM\nSỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\n")
                .replace("416/KH-UBND", "416/KH-SLĐTBXH")
                .replace("Hải Dương, ngày\n17 tháng 02 năm 2023\n", "");
        Path text = dir.resolve("so.txt");
        Files.writeString(text, seed, StandardCharsets.UTF_8);
        PlanImporter.Result result = PlanImporter.importFile(text, null);
        assertEquals("Kon Tum", result.plan().issuer().placeName());
        assertTrue(result.report().stream().anyMatch(line -> line.contains("tạm lấy địa danh Kon Tum")), result.report().toString());
    }

    @Test
    void aTableInTheBodyIsReadCellByCellAndListed() throws Exception {
        Path docx = dir.resolve("co-bang.docx");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(Examples.docx(Examples.CAM_NGOC)));
                OutputStream out = Files.newOutputStream(docx)) {
            XWPFParagraph budget = document.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith("Kinh phí thực hiện Kế hoạch")).findFirst().orElseThrow();
            XWPFTable table = document.insertNewTbl(budget.getCTP().newCursor());
            table.getRow(0).getCell(0).setText("Tuyên truyền");
            table.getRow(0).addNewTableCell().setText("5 triệu đồng");
            document.write(out);
        }
        PlanImporter.Result result = PlanImporter.importFile(docx, "../schema/ke-hoach.schema.json");
        List<String> report = result.report();
        assertEquals(1, report.size(), report.toString());
        assertTrue(report.get(0).contains("bảng trong phần nội dung") && report.get(0).contains("«Tuyên truyền»"),
                report.get(0));
        Block budgetBlock = result.plan().parts().get(2).blocks().get(0);
        assertEquals(new Block.Paragraphs(List.of("Tuyên truyền", "5 triệu đồng",
                "Kinh phí thực hiện Kế hoạch phòng, chống mại dâm được bố trí từ nguồn ngân sách Nhà nước và nguồn "
                        + "kinh phí huy động hợp pháp khác theo quy định hiện hành của pháp luật.")), budgetBlock);
    }
}
