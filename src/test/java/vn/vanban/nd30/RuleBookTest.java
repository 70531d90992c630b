package vn.vanban.nd30;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanban.Examples;
import vn.vanban.docx.RunFormat;
import vn.vanban.docx.TestDocx;
import vn.vanban.docx.XwpfFormatting;
import vn.vanban.model.Issuer;
import vn.vanban.model.Plan;
import vn.vanban.model.Presentation;

/**
 * The rule book agrees with itself, and render and check both follow it: at the smallest, the
 * default and the largest of every choice, each component of a rendered plan has exactly the
 * size, weight and slant the book gives it, inside the range the checker accepts, and the checker
 * finds nothing.
 */
class RuleBookTest {

    /** The Word style each component is written with (the templates' knowledge, not the book's). */
    private static final Map<Component, String> STYLE = new EnumMap<>(Map.ofEntries(
            Map.entry(Component.PARENT, "CoQuanChuQuan"),
            Map.entry(Component.ISSUER, "CoQuan"),
            Map.entry(Component.NATIONAL_TITLE, "QuocHieu"),
            Map.entry(Component.MOTTO, "TieuNgu"),
            Map.entry(Component.NUMBER, "SoKyHieu"),
            Map.entry(Component.DATE, "DiaDanhNgay"),
            Map.entry(Component.TYPE, "TenLoai"),
            Map.entry(Component.SUBJECT, "TrichYeu"),
            Map.entry(Component.BASIS, "CanCu"),
            Map.entry(Component.SIGNER_TITLE, "ChuKy"),
            Map.entry(Component.SIGNER_NAME, "HoTen"),
            Map.entry(Component.RECIPIENTS_LABEL, "NoiNhanNhan"),
            Map.entry(Component.RECIPIENTS, "NoiNhan"),
            Map.entry(Component.PAGE_NUMBER, "SoTrang")));

    @Test
    void everyDefaultIsInsideItsRange() {
        for (Choice choice : Choice.values()) {
            assertTrue(choice.accepts(choice.defaultValue), choice.key);
            assertTrue(choice.inputLimit >= choice.allowed.min(), choice.key);
            assertTrue(choice.allowed.contains(choice.inputLimit), choice.key);
        }
    }

    @Test
    void everyComponentSizeStaysInsideItsRangeWhateverThePlanChooses() {
        for (Component component : Component.values()) {
            Size size = component.size;
            if (size == null) {
                continue;
            }
            for (ToDoubleFunction<Choice> chosen : List.<ToDoubleFunction<Choice>>of(
                    c -> c.allowed.min(), c -> c.defaultValue, c -> c.inputLimit)) {
                double value = size.value(chosen);
                assertTrue(size.allowed().contains(value), component + " at " + value + " outside " + size.allowed().text());
            }
        }
    }

    static Stream<Presentation> presentations() {
        return Stream.of(Presentation.DEFAULT, at(c -> c.allowed.min()), at(c -> c.inputLimit));
    }

    private static Presentation at(ToDoubleFunction<Choice> chosen) {
        return new Presentation(
                chosen.applyAsDouble(Choice.BODY_SIZE),
                chosen.applyAsDouble(Choice.NATIONAL_TITLE_SIZE),
                chosen.applyAsDouble(Choice.ISSUER_SIZE),
                new Presentation.Margins(chosen.applyAsDouble(Choice.MARGIN_TOP), chosen.applyAsDouble(Choice.MARGIN_BOTTOM),
                        chosen.applyAsDouble(Choice.MARGIN_LEFT), chosen.applyAsDouble(Choice.MARGIN_RIGHT)),
                chosen.applyAsDouble(Choice.LINE_SPACING),
                chosen.applyAsDouble(Choice.PARAGRAPH_SPACING),
                chosen.applyAsDouble(Choice.FIRST_LINE_INDENT),
                Presentation.LegalBasisLayout.LINES);
    }

    @ParameterizedTest
    @MethodSource("presentations")
    void renderedComponentsHaveTheBooksFormatAndCheckFindsNothing(Presentation presentation) throws IOException {
        // A department's plan, so that the parent line (not bold) is there too.
        Plan plan = Examples.plan(Examples.CAM_NGOC)
                .withIssuer(new Issuer(List.of("UBND huyện Cẩm Thủy"), List.of("Phòng Văn hóa và Thông tin"), "VHTT",
                        "Cẩm Thủy", null, null))
                .withPresentation(presentation);
        byte[] docx = Examples.renderer().render(plan).docx();
        Set<Component> seen = EnumSet.noneOf(Component.class);
        List<String> wrong = new ArrayList<>();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XwpfFormatting formatting = XwpfFormatting.of(docx);
            List<XWPFParagraph> paragraphs = new ArrayList<>(Examples.paragraphs(document.getBodyElements()));
            for (XWPFHeader header : document.getHeaderList()) {
                paragraphs.addAll(Examples.paragraphs(header.getBodyElements()));
            }
            for (XWPFParagraph paragraph : paragraphs) {
                Component component = componentOf(paragraph.getStyleID());
                if (component == null) {
                    continue;
                }
                for (XWPFRun run : paragraph.getRuns()) {
                    String text = run.text();
                    if (text.isBlank() && run.getCTR().getFldCharList().isEmpty() && run.getCTR().getInstrTextList().isEmpty()) {
                        continue;
                    }
                    seen.add(component);
                    RunFormat format = formatting.run(run);
                    String where = component + " \"" + paragraph.getText() + "\": ";
                    if (component.size != null) {
                        double expected = component.size.value(presentation::value);
                        if (format.sizePt() != expected) {
                            wrong.add(where + "size " + format.sizePt() + ", the book says " + expected);
                        }
                        if (!component.size.allowed().contains(format.sizePt())) {
                            wrong.add(where + "size " + format.sizePt() + " outside " + component.size.allowed().text());
                        }
                    }
                    if (component.bold != null && format.bold() != component.bold) {
                        wrong.add(where + "bold " + format.bold());
                    }
                    if (component.italic != null && format.italic() != component.italic) {
                        wrong.add(where + "italic " + format.italic());
                    }
                }
            }
            assertEquals(List.of(), wrong);
            assertEquals(STYLE.keySet(), seen, "every styled component appears in the rendered plan");
            assertEquals(List.of(), TestDocx.check(docx), "check finds nothing at " + presentation);
        }
    }

    private static Component componentOf(String styleId) {
        for (Map.Entry<Component, String> entry : STYLE.entrySet()) {
            if (entry.getValue().equals(styleId)) {
                return entry.getKey();
            }
        }
        return null;
    }
}
