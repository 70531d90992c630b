package vn.vanban.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanban.Examples;
import vn.vanban.batch.BatchUnit;
import vn.vanban.batch.BatchUnits;
import vn.vanban.batch.UnitPlans;
import vn.vanban.check.Components.BodyKind;
import vn.vanban.docx.TestDocx;
import vn.vanban.model.Plan;
import vn.vanban.render.DocxRenderer;
import vn.vanban.units.UnitList;
import vn.vanban.yaml.PlanLoader;

/**
 * Correct documents of the shapes a reviewer meets, on which check must report nothing: plans
 * rendered by vanban from YAML written for this test (a department under a city committee, a
 * subject starting with "Thực hiện", "Về", "Tổ chức", "Kiểm tra", a three-line signer block, the
 * longest commune name, a ward named by a number), batch's documents for communes of every shape
 * of name, and plans typed the way Word users type them (tabs, drawn lines) with the same shapes
 * and with spacer paragraphs holding a no-break space in another font.
 */
class CorrectDocumentsTest {

    private static final String CORPUS = "corpus/";

    static Stream<String> plans() {
        return Stream.of("so-y-te-thuc-hien", "xa-gia-vien-ve-cong-tac", "phuong-van-mieu-to-chuc", "phuong-9-kiem-tra");
    }

    private static Plan plan(String name) {
        try (InputStream in = CorrectDocumentsTest.class.getResourceAsStream(CORPUS + name + ".yaml")) {
            return PlanLoader.load(name + ".yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8)).plan();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (vn.vanban.problem.InvalidInputException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
    }

    private static byte[] render(Plan plan) {
        try {
            return DocxRenderer.create(null).render(plan).docx();
        } catch (vn.vanban.problem.InvalidInputException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> texts(List<Line> lines) {
        return lines.stream().map(Line::text).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void aRenderedPlanHasNoFindings(String name) {
        byte[] docx = render(plan(name));
        List<Finding> findings = TestDocx.check(docx);
        assertEquals(List.of(), TestDocx.ids(findings), () -> findings.stream().map(Finding::message).toList().toString());
    }

    /** No finding must not mean that nothing was read: the components are read as written. */
    @Test
    void theRenderedPlansAreReadAsWritten() {
        Components so = Recognizer.recognize(TestDocx.read(render(plan("so-y-te-thuc-hien"))));
        assertEquals(List.of("UBND", "THÀNH PHỐ HỒ CHÍ MINH"), texts(so.header().parentLines()), "the parent's line, broken to fit");
        assertEquals(List.of("SỞ Y TẾ"), texts(so.header().issuerLines()));
        assertEquals(List.of("Thực hiện Chương trình phòng, chống dịch bệnh truyền nhiễm năm 2025"), texts(so.subject()));
        assertEquals(List.of(BodyKind.BASIS, BodyKind.BASIS, BodyKind.PARAGRAPH, BodyKind.SECTION),
                so.body().stream().limit(4).map(Components.BodyPara::kind).toList());
        assertEquals(List.of("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), texts(so.signerTitles()));

        Components xa = Recognizer.recognize(TestDocx.read(render(plan("xa-gia-vien-ve-cong-tac"))));
        assertEquals(List.of("ỦY BAN NHÂN DÂN", "XÃ GIA VIỄN"), texts(xa.header().issuerLines()));
        assertEquals(List.of(), texts(xa.header().parentLines()));
        assertEquals(List.of("Về công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2025"), texts(xa.subject()));
        assertEquals(BodyKind.PARAGRAPH, xa.body().get(0).kind(), "legal basis and opening in one paragraph, upright");
        assertEquals(List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), texts(xa.signerTitles()));
        assertEquals("Đinh Văn Bình", xa.signerName().text());

        Components vanMieu = Recognizer.recognize(TestDocx.read(render(plan("phuong-van-mieu-to-chuc"))));
        assertEquals(List.of("ỦY BAN NHÂN DÂN", "PHƯỜNG", "VĂN MIẾU - QUỐC TỬ GIÁM"), texts(vanMieu.header().issuerLines()));

        Components ward = Recognizer.recognize(TestDocx.read(render(plan("phuong-9-kiem-tra"))));
        assertEquals("Phường 9, ngày 08 tháng 3 năm 2024", ward.header().placeDate().get(0).text());
        assertTrue(ward.subject().get(0).text().startsWith("Kiểm tra công tác phòng cháy, chữa cháy trên địa bàn Phường 9"));
    }

    static Stream<Arguments> communes() {
        return Stream.of(
                Arguments.of("2025", "14464", "xã Gia Viễn: a short name under a long first line"),
                Arguments.of("2025", "19489", "xã Lìa: no rule length suits both lines"),
                Arguments.of("2025", "00226", "phường Văn Miếu - Quốc Tử Giám: broken over two lines"),
                Arguments.of("2025", "21172", "phường Trương Quang Trọng: broken over two lines"),
                Arguments.of("2025", "24820", "Phường 2 Bảo Lộc: a name built from a number"),
                Arguments.of("2024", "22024", "Phường 9: a number alone"),
                Arguments.of("2024", "00916", "thị trấn Nông trường Việt Lâm: the longest of 2024"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("communes")
    void batchsDocumentForACommuneOfEveryShapeHasNoFindings(String edition, String code, String shape) throws Exception {
        UnitList list = UnitList.of(edition);
        BatchUnit listed = BatchUnits.ofProvince(list, list.provinceOf(list.unit(code).orElseThrow()).code()).stream()
                .filter(u -> u.code().equals(code)).findFirst().orElseThrow();
        // The signer's name is the unit's own (a units file's ho_ten); batch never copies the plan's.
        BatchUnit unit = new BatchUnit(listed.code(), listed.type(), listed.name(), listed.placeName(), listed.territory(),
                java.util.Map.of("ho_ten", "Nguyễn Văn An"), null, 0);
        Plan plan = new UnitPlans(Examples.plan(Examples.CAM_NGOC), "plan.yaml").planFor(unit);
        List<Finding> findings = TestDocx.check(render(plan));
        assertEquals(List.of(), TestDocx.ids(findings), () -> findings.stream().map(Finding::message).toList().toString());
    }

    /** The shapes again, typed in Word with tabs and drawn lines; each a corrected WordStyleDocument. */
    static Stream<Arguments> wordShapes() {
        WordStyleDocument.Shape base = WordStyleDocument.Shape.DEFAULT;
        String nbsp = "\u00A0";
        String arial = "<w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\"/>";
        return Stream.of(
                Arguments.of("a subject starting with Thực hiện, an opening basis starting with Thực hiện",
                        new WordStyleDocument.Shape(base.parent(), base.issuer(), "Thực hiện Chương trình phòng, chống dịch bệnh",
                                base.subject2(), "Thực hiện Kế hoạch số 15/KH-UBND ngày 10/01/2024 của Ủy ban nhân dân tỉnh "
                                        + "Thanh Hóa về công tác y tế dự phòng năm 2024.", base.signer(), "", "")),
                Arguments.of("spacer paragraphs holding a no-break space in Arial",
                        new WordStyleDocument.Shape(base.parent(), base.issuer(), base.subject1(), base.subject2(), base.opening(),
                                base.signer(), nbsp, arial)),
                Arguments.of("a department under a parent of two lines",
                        new WordStyleDocument.Shape(List.of("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH"), List.of("SỞ Y TẾ"),
                                base.subject1(), base.subject2(), base.opening(), base.signer(), "", "")),
                Arguments.of("a commune with a three-line signer block",
                        new WordStyleDocument.Shape(List.of(), List.of("ỦY BAN NHÂN DÂN", "XÃ GIA VIỄN"), "Về công tác phòng, chống",
                                "dịch bệnh năm 2024", base.opening(), List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
                                nbsp, arial)),
                Arguments.of("a long name over two lines",
                        new WordStyleDocument.Shape(List.of(), List.of("ỦY BAN NHÂN DÂN", "PHƯỜNG", "VĂN MIẾU - QUỐC TỬ GIÁM"),
                                "Tổ chức Ngày hội Đại đoàn kết", "toàn dân tộc năm 2024", base.opening(),
                                List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), "", "")),
                Arguments.of("a ward named by a number",
                        new WordStyleDocument.Shape(List.of(), List.of("ỦY BAN NHÂN DÂN", "PHƯỜNG 9"), "Kiểm tra công tác phòng cháy",
                                "chữa cháy năm 2024", base.opening(), List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
                                "", "")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wordShapes")
    void aPlanTypedInWordHasNoFindings(String shape, WordStyleDocument.Shape s) {
        byte[] docx = WordStyleDocument.build(false, true, s);
        List<Finding> findings = TestDocx.check(docx);
        assertEquals(List.of(), TestDocx.ids(findings), () -> findings.stream().map(Finding::message).toList().toString());
        Components c = Recognizer.recognize(TestDocx.read(docx));
        assertEquals(s.parent(), texts(c.header().parentLines()));
        assertEquals(s.issuer(), texts(c.header().issuerLines()));
        assertEquals(List.of(s.subject1(), s.subject2()), texts(c.subject()));
        assertEquals(s.signer(), texts(c.signerTitles()));
        assertEquals("Nguyễn Văn An", c.signerName().text());
        assertEquals(BodyKind.BASIS, c.body().get(0).kind());
    }

    /** The spacer's no-break space in Arial would be a font finding if the paragraph were read as text. */
    @Test
    void aSpacerIsEmptyAndCarriesNoFontFinding() {
        WordStyleDocument.Shape base = WordStyleDocument.Shape.DEFAULT;
        WordStyleDocument.Shape visible = new WordStyleDocument.Shape(base.parent(), base.issuer(), base.subject1(),
                base.subject2(), base.opening(), base.signer(), "\u00A0x", "<w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\"/>");
        assertTrue(TestDocx.ids(TestDocx.check(WordStyleDocument.build(false, true, visible))).stream()
                .anyMatch(id -> id.startsWith("ND30-FONT-FAMILY@")), "a letter in Arial is found");
        WordStyleDocument.Shape spacer = new WordStyleDocument.Shape(base.parent(), base.issuer(), base.subject1(),
                base.subject2(), base.opening(), base.signer(), "\u00A0\u00A0", "<w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\"/>");
        assertTrue(TestDocx.read(WordStyleDocument.build(false, true, spacer)).paragraphs().stream()
                .anyMatch(p -> p.text().equals("\u00A0\u00A0") && p.blank()));
    }
}
