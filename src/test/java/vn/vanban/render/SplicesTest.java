package vn.vanban.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vanban.Examples;
import vn.vanban.batch.BatchUnit;
import vn.vanban.batch.BatchUnits;
import vn.vanban.batch.UnitPlans;
import vn.vanban.model.Plan;
import vn.vanban.nd30.Form;
import vn.vanban.units.UnitList;
import vn.vanban.yaml.PlanLoader;

/**
 * A batch's documents spliced from its shapes are byte for byte the documents the templates
 * write, for every example and every unit of provinces whose names take every form; a template
 * that looks at a text is caught and rendered in full; a clerk's templates are always rendered.
 */
class SplicesTest {

    /**
     * Quảng Ninh: phường Móng Cái 1–3 and the đặc khu Vân Đồn and Cô Tô; Huế: xã A Lưới 1–5;
     * Lâm Đồng: Phường 1, 2 and 3 Bảo Lộc, named by their numbers.
     */
    private static final List<String> PROVINCES = List.of("22", "46", "68");
    /** The 2024 units of Cẩm Thủy: thị trấn Phong Sơn and sixteen xã, each with its signer. */
    private static final Path CAM_THUY = Path.of("examples/don-vi-cam-thuy-2023.csv");

    @TempDir
    Path dir;

    static List<String> documents() {
        return Examples.documents();
    }

    /**
     * Every unit of the three provinces, every other one with a number, a date and a signer of
     * its own (the units file's columns so, ngay, ho_ten) (a name with characters XML escapes), so that dated and draft documents share the
     * batch; then the 2024 units of Cẩm Thủy with its thị trấn.
     */
    private static List<BatchUnit> units(Plan plan) throws Exception {
        List<BatchUnit> units = new ArrayList<>();
        for (String province : PROVINCES) {
            for (BatchUnit unit : BatchUnits.ofProvince(UnitList.current(), province)) {
                int i = units.size();
                Map<String, String> values = new HashMap<>();
                if (i % 2 == 1) {
                    values.put("so", Integer.toString(i));
                    values.put("ngay", "2023-" + (1 + i % 12) + "-" + (1 + i % 28));
                    values.put("ho_ten", "Nguyễn Văn \"Tư\" & <Lê> " + i);
                }
                units.add(new BatchUnit(unit.code(), unit.type(), unit.name(), unit.placeName(), unit.territory(),
                        values, null, 0));
            }
        }
        units.addAll(BatchUnits.read(CAM_THUY, UnitList.of("2024"), plan.variables().keySet()));
        return units;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void everyUnitIsSplicedToTheBytesItsTemplatesWrite(String example) throws Exception {
        Plan plan = Examples.plan(example);
        UnitPlans plans = new UnitPlans(plan, example);
        DocxRenderer batch = Examples.renderer().forBatch();
        List<BatchUnit> units = units(plan);
        for (BatchUnit unit : units) {
            Plan own = plans.planFor(unit);
            Examples.assertSameParts(Examples.renderer().render(own).docx(), batch.render(own).docx(), unit.label());
        }
        Splices.Counts counts = batch.spliceCounts().get(plan.kind().form());
        assertEquals(units.size(), counts.spliced() + counts.rendered(), counts.toString());
        // Rendered: the first document of each splice, a handful, not one per unit.
        assertTrue(counts.rendered() == counts.splices() && counts.splices() <= 12, counts.toString());
    }

    @Test
    void partsThatNameTheUnitAreLaidOutForEachUnit() throws Exception {
        String yaml = Files.readString(Examples.yaml(Examples.CAM_NGOC), StandardCharsets.UTF_8);
        String named = yaml.replace("cán bộ y tế trên địa bàn xã trong công tác", "cán bộ y tế trên địa bàn ${dia_ban} trong công tác")
                .replace("với các cơ quan, ban, ngành, đoàn thể các cấp", "với ${co_quan} và các cơ quan, ban, ngành")
                .replace("(tập huấn, tổ chức các hội thi", "($${dia_ban}: tập huấn, tổ chức các hội thi");
        assertEquals(3, List.of("${dia_ban} trong", "${co_quan} và", "$${dia_ban}:").stream().filter(named::contains).count());
        Plan plan = PlanLoader.load("ke-hoach.yaml", named).plan();
        UnitPlans plans = new UnitPlans(plan, "ke-hoach.yaml");
        DocxRenderer batch = Examples.renderer().forBatch();
        for (BatchUnit unit : units(plan).subList(0, 60)) {
            Plan own = plans.planFor(unit);
            byte[] docx = batch.render(own).docx();
            Examples.assertSameParts(Examples.renderer().render(own).docx(), docx, unit.label());
            assertTrue(Examples.text(docx).contains("trên địa bàn " + unit.territory() + " trong công tác"), unit.label());
        }
    }

    /** The Cẩm Ngọc plan's kế hoạch template with one more paragraph before the body. */
    private TemplateSet planTemplatesWith(String paragraph) throws Exception {
        String bundled = Files.readString(Path.of("templates/ke-hoach/document.xml.ftlx"), StandardCharsets.UTF_8);
        String changed = bundled.replace("<#list doc.body as p>", "<w:p><w:r><w:t>" + paragraph + "</w:t></w:r></w:p>\n<#list doc.body as p>");
        assertTrue(!changed.equals(bundled), "the template has its body list");
        Path folder = Files.createDirectories(dir.resolve("mau/ke-hoach"));
        Files.writeString(folder.resolve("document.xml.ftlx"), changed, StandardCharsets.UTF_8);
        return TemplateSet.load("ke-hoach", dir.resolve("mau"));
    }

    /** Splices of the templates against the templates themselves for every unit of Quảng Ninh. */
    private Splices.Counts spliceQuangNinh(TemplateSet templates) throws Exception {
        Plan plan = Examples.plan(Examples.CAM_NGOC);
        UnitPlans plans = new UnitPlans(plan, Examples.CAM_NGOC);
        Splices splices = new Splices(templates, new DocxPackage.DeflatedParts());
        for (BatchUnit unit : BatchUnits.ofProvince(UnitList.current(), "22")) {
            DocumentView view = PlanLayout.layout(plans.planFor(unit)).view();
            Examples.assertSameParts(DocxPackage.zip(templates.render(Map.of("doc", view))), splices.docx(view), unit.label());
        }
        return splices.counts();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // Cases, measures or cuts a text: its token comes back changed, or FreeMarker refuses the markup.
        "${doc.header.placeDate?upper_case}",
        "${doc.header.placeDate?length}",
        "${doc.header.placeDate?substring(0, 3)}",
        // Branches on a text: only đặc khu Cô Tô takes the branch, long after the first unit.
        "<#if doc.header.placeDate?starts_with(\"Cô Tô\")>đảo</#if>",
        "<#if doc.closing.archive == \"- Lưu: VT.\">lưu</#if>",
        "<#switch doc.header.issuerLines?last><#case \"ĐẶC KHU CÔ TÔ\">đảo<#break><#default></#switch>",
        // Tells a token from a text: only the byte-for-byte check of the first document catches it.
        "<#if doc.header.placeDate?is_string>${doc.header.placeDate}</#if>"})
    void aTemplateThatLooksAtATextIsRenderedInFull(String paragraph) throws Exception {
        Splices.Counts counts = spliceQuangNinh(planTemplatesWith(paragraph));
        assertEquals(0, counts.spliced(), counts.toString());
        assertEquals(0, counts.splices(), counts.toString());
    }

    @Test
    void aTemplateThatOnlyPrintsItsTextsIsSpliced() throws Exception {
        Splices.Counts counts = spliceQuangNinh(planTemplatesWith("${doc.header.placeDate} ${doc.core.creator + \"!\"}"));
        assertTrue(counts.spliced() > 40 && counts.splices() <= 4, counts.toString());
    }

    @Test
    void aTemplateThatReadsANumberIsSplicedForEachValueItReads() throws Exception {
        // The rule under the unit's name moves with the name's width: 1,000 twips is a split the units straddle.
        Splices.Counts counts = spliceQuangNinh(planTemplatesWith(
                "<#if (doc.header.issuerRule.indent > 1000)>hẹp<#else>rộng</#if> ${doc.header.issuerRule.indent + 1}"));
        assertTrue(counts.spliced() > 0, counts.toString());
        assertTrue(counts.splices() > 2, "one splice per indent read: " + counts);
    }

    @Test
    void aClerksTemplatesAreAlwaysRendered() throws Exception {
        planTemplatesWith("${doc.header.placeDate}");
        DocxRenderer clerks = DocxRenderer.create(dir.resolve("mau"));
        DocxRenderer batch = clerks.forBatch();
        Plan plan = Examples.plan(Examples.CAM_NGOC);
        UnitPlans plans = new UnitPlans(plan, Examples.CAM_NGOC);
        for (BatchUnit unit : BatchUnits.ofProvince(UnitList.current(), "22").subList(0, 5)) {
            Plan own = plans.planFor(unit);
            assertArrayEquals(clerks.render(own).docx(), batch.render(own).docx(), unit.label());
        }
        assertEquals(Map.of(), batch.spliceCounts(), "no form of a --templates folder is spliced");
        assertTrue(Examples.renderer().forBatch().spliceCounts().keySet().containsAll(List.of(Form.values())));
    }
}
