package vn.vanban.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.xml.bind.JAXBElement;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.docx4j.TextUtils;
import org.docx4j.XmlUtils;
import org.docx4j.model.PropertyResolver;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.wml.CTBorder;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.R;
import org.docx4j.wml.RFonts;
import org.docx4j.wml.RPr;
import org.docx4j.wml.STBorder;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Tr;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanban.Examples;
import vn.vanban.nd30.Numbering;
import vn.vanban.render.FontMetrics.Style;

/**
 * The format of every component, read back from the produced .docx by docx4j, whose property
 * resolver applies document defaults, style chains and direct formatting independently of us.
 */
class RenderedFormatTest {

    /** A4 210 mm, margins 30 and 15 mm, in twips. */
    private static final int TEXT_WIDTH = 11906 - 1701 - 850;

    static Stream<String> examples() {
        return Examples.names().stream();
    }

    /** A paragraph with where it stands: the body, or a cell of the header or closing table. */
    private record Para(P p, String text, String place, int row, int column) {
    }

    private static final class Doc {
        final WordprocessingMLPackage pkg;
        final PropertyResolver resolver;
        final List<Para> paragraphs = new ArrayList<>();
        final List<Tbl> tables = new ArrayList<>();

        Doc(byte[] docx) throws Exception {
            pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
            resolver = pkg.getMainDocumentPart().getPropertyResolver();
            for (Object o : pkg.getMainDocumentPart().getContent()) {
                Object element = XmlUtils.unwrap(o);
                if (element instanceof P p) {
                    paragraphs.add(new Para(p, TextUtils.getText(p), "body", -1, -1));
                } else if (element instanceof Tbl table) {
                    String place = tables.isEmpty() ? "header" : "closing";
                    tables.add(table);
                    int row = 0;
                    for (Object r : table.getContent()) {
                        int column = 0;
                        for (Object c : ((Tr) XmlUtils.unwrap(r)).getContent()) {
                            for (Object cp : ((Tc) XmlUtils.unwrap(c)).getContent()) {
                                if (XmlUtils.unwrap(cp) instanceof P p) {
                                    paragraphs.add(new Para(p, TextUtils.getText(p), place, row, column));
                                }
                            }
                            column++;
                        }
                        row++;
                    }
                }
            }
        }

        Para find(Predicate<Para> test, String what) {
            return paragraphs.stream().filter(test).findFirst().orElseThrow(() -> new AssertionError("not found: " + what));
        }

        Para text(String text) {
            return find(p -> p.text().equals(text), text);
        }

        List<Para> body() {
            return paragraphs.stream().filter(p -> p.place().equals("body") && !p.text().isEmpty()).toList();
        }

        PPr ppr(Para para) {
            return resolver.getEffectivePPr(para.p().getPPr());
        }

        /** The effective run properties of every run of the paragraph. */
        List<RPr> runs(Para para) {
            List<RPr> runs = new ArrayList<>();
            for (Object o : para.p().getContent()) {
                if (XmlUtils.unwrap(o) instanceof R r) {
                    runs.add(resolver.getEffectiveRPr(r.getRPr(), para.p().getPPr()));
                }
            }
            assertFalse(runs.isEmpty(), "no runs in: " + para.text());
            return runs;
        }

        RPr first(Para para) {
            return runs(para).get(0);
        }
    }

    private static Doc doc(String name) throws Exception {
        return new Doc(Examples.docx(name));
    }

    private static double size(RPr rpr) {
        return rpr.getSz().getVal().intValue() / 2.0;
    }

    private static boolean bold(RPr rpr) {
        return rpr.getB() != null && rpr.getB().isVal();
    }

    private static boolean italic(RPr rpr) {
        return rpr.getI() != null && rpr.getI().isVal();
    }

    private static JcEnumeration alignment(PPr ppr) {
        return ppr.getJc() == null ? JcEnumeration.LEFT : ppr.getJc().getVal();
    }

    private static boolean upper(String text) {
        return text.equals(text.toUpperCase(Locale.forLanguageTag("vi")));
    }

    /** The rule paragraph after a given one in the same cell: its top border and drawn length. */
    private static int ruleLength(Doc doc, Para above, int cellWidth) {
        Para rule = doc.paragraphs.get(doc.paragraphs.indexOf(above) + 1);
        assertEquals("", rule.text(), "a rule is an empty paragraph of its own");
        PPr ppr = doc.ppr(rule);
        CTBorder top = ppr.getPBdr().getTop();
        assertEquals(STBorder.SINGLE, top.getVal(), "rule is a solid line");
        assertNull(ppr.getPBdr().getBottom(), "one border only");
        BigInteger left = ppr.getInd().getLeft();
        BigInteger right = ppr.getInd().getRight();
        assertEquals(left, right, "rule is centred");
        return cellWidth - left.intValue() - right.intValue();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void pageIsA4PortraitWithTheChosenMarginsAndPageNumbersFromPageTwo(String name) throws Exception {
        Doc doc = doc(name);
        SectPr sect = doc.pkg.getMainDocumentPart().getJaxbElement().getBody().getSectPr();
        assertEquals(11906, sect.getPgSz().getW().intValue());
        assertEquals(16838, sect.getPgSz().getH().intValue());
        assertTrue(sect.getPgSz().getOrient() == null || sect.getPgSz().getOrient().value().equals("portrait"));
        assertEquals(1134, sect.getPgMar().getTop().intValue(), "top 20 mm");
        assertEquals(1134, sect.getPgMar().getBottom().intValue(), "bottom 20 mm");
        assertEquals(1701, sect.getPgMar().getLeft().intValue(), "left 30 mm");
        assertEquals(850, sect.getPgMar().getRight().intValue(), "right 15 mm");
        assertTrue(sect.getTitlePg() != null && sect.getTitlePg().isVal(), "different first page");

        HeaderPart first = doc.pkg.getDocumentModel().getSections().get(0).getHeaderFooterPolicy().getFirstHeader();
        HeaderPart other = doc.pkg.getDocumentModel().getSections().get(0).getHeaderFooterPolicy().getDefaultHeader();
        assertNotNull(first, "an empty first-page header keeps page 1 without number");
        assertEquals("", TextUtils.getText(first.getJaxbElement()).strip());
        assertFalse(XmlUtils.marshaltoString(first.getJaxbElement()).contains("PAGE"));
        String pageHeader = XmlUtils.marshaltoString(other.getJaxbElement());
        assertTrue(pageHeader.contains(" PAGE "), "PAGE field in the header of later pages");
        P number = (P) XmlUtils.unwrap(other.getContent().get(0));
        PPr numberPpr = doc.resolver.getEffectivePPr(number.getPPr());
        assertEquals(JcEnumeration.CENTER, alignment(numberPpr), "page number centred");
        for (Object o : number.getContent()) {
            if (XmlUtils.unwrap(o) instanceof R r) {
                RPr rpr = doc.resolver.getEffectiveRPr(r.getRPr(), number.getPPr());
                assertEquals(14, size(rpr), "page number 13–14 pt");
                assertFalse(italic(rpr) || bold(rpr), "page number upright");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyRunIsBlackTimesNewRomanInAllFourSlots(String name) throws Exception {
        Doc doc = doc(name);
        for (Para para : doc.paragraphs) {
            if (para.text().isEmpty()) {
                continue;
            }
            for (RPr rpr : doc.runs(para)) {
                RFonts fonts = rpr.getRFonts();
                for (String font : new String[] {fonts.getAscii(), fonts.getHAnsi(), fonts.getCs(), fonts.getEastAsia()}) {
                    assertEquals("Times New Roman", font, para.text());
                }
                assertNull(fonts.getAsciiTheme(), "no theme fonts");
                assertNull(fonts.getHint(), "no eastAsia hint");
                assertEquals("000000", rpr.getColor().getVal(), para.text());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void headerTableHasTwoFixedBorderlessColumnsOfFortyAndSixtyPercent(String name) throws Exception {
        Doc doc = doc(name);
        for (Tbl table : doc.tables) {
            assertEquals("fixed", table.getTblPr().getTblLayout().getType().value());
            List<BigInteger> grid = table.getTblGrid().getGridCol().stream().map(c -> c.getW()).toList();
            assertEquals(2, grid.size());
            assertEquals(TEXT_WIDTH, grid.get(0).intValue() + grid.get(1).intValue(), "the text width");
            assertEquals(0.4, grid.get(0).doubleValue() / TEXT_WIDTH, 0.01);
            Tr first = (Tr) XmlUtils.unwrap(table.getContent().get(0));
            for (int i = 0; i < 2; i++) {
                Tc cell = (Tc) XmlUtils.unwrap(first.getContent().get(i));
                assertEquals(grid.get(i), cell.getTcPr().getTcW().getW(), "tcW matches tblGrid");
            }
            var borders = table.getTblPr().getTblBorders();
            for (CTBorder border : List.of(borders.getTop(), borders.getLeft(), borders.getBottom(), borders.getRight(),
                    borders.getInsideH(), borders.getInsideV())) {
                assertEquals(STBorder.NIL, border.getVal(), "borderless");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void issuingBodyIsBoldCapitalsWithAShortCentredRule(String name) throws Exception {
        Doc doc = doc(name);
        int left = doc.tables.get(0).getTblGrid().getGridCol().get(0).getW().intValue();
        List<Para> lines = doc.paragraphs.stream()
                .filter(p -> p.place().equals("header") && p.row() == 0 && p.column() == 0 && !p.text().isEmpty()).toList();
        assertEquals(List.of("ỦY BAN NHÂN DÂN"), lines.subList(0, 1).stream().map(Para::text).toList());
        int widest = 0;
        for (Para line : lines) {
            RPr rpr = doc.first(line);
            assertTrue(bold(rpr) && !italic(rpr), line.text());
            assertEquals(13, size(rpr), "issuing body 12–13 pt");
            assertTrue(upper(line.text()));
            assertEquals(JcEnumeration.CENTER, alignment(doc.ppr(line)));
            int width = FontMetrics.widthTwips(line.text(), Style.BOLD, 13);
            assertTrue(width <= left, "stays on one line: " + line.text());
            widest = Math.max(widest, width);
        }
        int rule = ruleLength(doc, lines.get(lines.size() - 1), left);
        int above = FontMetrics.widthTwips(lines.get(lines.size() - 1).text(), Style.BOLD, 13);
        assertTrue(rule >= above / 3.0 && rule <= above / 2.0, "rule " + rule + " is 1/3–1/2 of the line above, " + above);
        assertTrue(rule >= widest / 3.0 && rule <= widest / 2.0, "rule " + rule + " is 1/3–1/2 of the widest line too, " + widest);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void nationalTitleAndMottoAreBoldCentredOnOneLineWithAFullLengthRule(String name) throws Exception {
        Doc doc = doc(name);
        int right = doc.tables.get(0).getTblGrid().getGridCol().get(1).getW().intValue();
        Para title = doc.text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertEquals("header", title.place());
        assertEquals(1, title.column());
        assertTrue(bold(doc.first(title)));
        assertEquals(13, size(doc.first(title)), "Quốc hiệu 12–13 pt");
        assertEquals(JcEnumeration.CENTER, alignment(doc.ppr(title)));
        assertTrue(FontMetrics.widthTwips(title.text(), Style.BOLD, 13) <= right, "Quốc hiệu fits one line");

        Para motto = doc.text("Độc lập - Tự do - Hạnh phúc");
        assertTrue(bold(doc.first(motto)) && !italic(doc.first(motto)));
        assertEquals(14, size(doc.first(motto)), "Tiêu ngữ 13–14 pt, one point above the Quốc hiệu");
        assertEquals(JcEnumeration.CENTER, alignment(doc.ppr(motto)));
        int mottoWidth = FontMetrics.widthTwips(motto.text(), Style.BOLD, 14);
        assertEquals(mottoWidth, ruleLength(doc, motto, right), 2, "rule as long as the motto");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void numberAndPlaceDateShareTheSecondRow(String name) throws Exception {
        Doc doc = doc(name);
        Para number = doc.find(p -> p.text().startsWith("Số:"), "Số:");
        assertEquals("header", number.place());
        assertEquals(1, number.row());
        assertEquals(0, number.column());
        assertTrue(number.text().matches("Số: (\\d{2,}|\\s+)/KH-UBND"), number.text());
        assertEquals(13, size(doc.first(number)), "number and symbol 13 pt");
        assertFalse(bold(doc.first(number)) || italic(doc.first(number)));
        assertEquals(JcEnumeration.CENTER, alignment(doc.ppr(number)));

        Para date = doc.find(p -> p.text().contains(", ngày"), "place and date");
        assertEquals(1, date.row());
        assertEquals(1, date.column());
        assertTrue(date.text().matches(".+, ngày (\\d{2}|\\s+) tháng (0[12]|[3-9]|1[0-2]|\\s+) năm \\d{4}"), date.text());
        assertTrue(italic(doc.first(date)) && !bold(doc.first(date)));
        assertTrue(size(doc.first(date)) >= 13 && size(doc.first(date)) <= 14);
        int right = doc.tables.get(0).getTblGrid().getGridCol().get(1).getW().intValue();
        assertTrue(FontMetrics.widthTwips(date.text(), Style.ITALIC, size(doc.first(date))) <= right, "date on one line");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void typeNameAndSubjectAreBoldCentredWithARuleUnderTheSubject(String name) throws Exception {
        Doc doc = doc(name);
        Para kind = doc.text("KẾ HOẠCH");
        assertEquals("body", kind.place());
        assertTrue(bold(doc.first(kind)));
        assertEquals(14, size(doc.first(kind)));
        assertEquals(JcEnumeration.CENTER, alignment(doc.ppr(kind)));
        Para subject = doc.paragraphs.get(doc.paragraphs.indexOf(kind) + 1);
        assertTrue(subject.text().startsWith("Phòng, chống mại dâm"));
        assertFalse(upper(subject.text()), "subject in lower case (in thường)");
        assertTrue(bold(doc.first(subject)));
        assertEquals(14, size(doc.first(subject)));
        assertEquals(JcEnumeration.CENTER, alignment(doc.ppr(subject)));
        int width = Math.min(FontMetrics.widthTwips(subject.text(), Style.BOLD, 14), TEXT_WIDTH);
        int rule = ruleLength(doc, subject, TEXT_WIDTH);
        assertTrue(rule >= width / 3.0 && rule <= width / 2.0, "rule " + rule + " is 1/3–1/2 of " + width);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void bodyIsJustifiedWithIndentSpacingAndSingleLines(String name) throws Exception {
        Doc doc = doc(name);
        List<Para> body = doc.body();
        int start = body.indexOf(doc.text("KẾ HOẠCH")) + 2;
        for (Para para : body.subList(start, body.size())) {
            PPr ppr = doc.ppr(para);
            assertEquals(JcEnumeration.BOTH, alignment(ppr), para.text());
            assertEquals(720, ppr.getInd().getFirstLine().intValue(), "first-line indent 1.27 cm: " + para.text());
            assertTrue(ppr.getSpacing().getAfter().intValue() >= 120, "at least 6 pt after: " + para.text());
            assertEquals(240, ppr.getSpacing().getLine().intValue(), "single line spacing");
            for (RPr rpr : doc.runs(para)) {
                assertEquals(14, size(rpr), para.text());
            }
        }
        assertTrue(body.get(body.size() - 1).text().endsWith("./."), "the body ends with ./.");
        assertNotNull(doc.ppr(body.get(body.size() - 1)).getKeepNext(), "the last paragraph stays with the signature");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void partsAreBoldCapitalsItemsHaveBoldTitlesPointsUseTheVietnameseAlphabet(String name) throws Exception {
        Doc doc = doc(name);
        List<Para> parts = doc.body().stream().filter(p -> p.text().matches("[IVX]+\\. .*")).toList();
        assertTrue(parts.size() >= 4);
        for (int i = 0; i < parts.size(); i++) {
            Para part = parts.get(i);
            assertTrue(part.text().startsWith(Numbering.roman(i + 1) + ". "), part.text());
            assertTrue(upper(part.text()), part.text());
            doc.runs(part).forEach(r -> assertTrue(bold(r), part.text()));
        }
        Para item = doc.find(p -> p.text().startsWith("1. Mục đích"), "1. Mục đích");
        assertTrue(bold(doc.first(item)), "item title bold");
        for (Para para : doc.body()) {
            assertFalse(para.text().matches("[fjwz]\\) .*"), "letter outside the Vietnamese alphabet: " + para.text());
            if (para.text().matches("[a-zđ]\\) .*")) {
                assertFalse(bold(doc.first(para)) || italic(doc.first(para)), "points upright: " + para.text());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void legalBasesAreItalicLinesEndingWithSemicolons(String name) throws Exception {
        Doc doc = doc(name);
        List<Para> bases = doc.body().stream().filter(p -> doc.first(p) != null && italic(doc.first(p))
                && (p.text().startsWith("Căn cứ") || p.text().startsWith("Thực hiện"))).toList();
        if (Examples.plan(name).presentation().legalBasisLayout() == vn.vanban.model.Presentation.LegalBasisLayout.LINES) {
            assertEquals(Examples.plan(name).legalBases().size(), bases.size());
            bases.forEach(b -> assertTrue(b.text().endsWith(";") || b.text().endsWith("."), b.text()));
        } else {
            Para opening = doc.find(p -> p.text().startsWith("Thực hiện"), "opening paragraph");
            assertTrue(opening.text().endsWith("như sau:"), "legal bases and introduction in one paragraph");
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void closingTableHasRecipientsLevelWithTheSignerBlock(String name) throws Exception {
        Doc doc = doc(name);
        Tbl closing = doc.tables.get(1);
        Tr row = (Tr) XmlUtils.unwrap(closing.getContent().get(0));
        assertTrue(XmlUtils.marshaltoString(row).contains("cantSplit"), "the row does not split across pages");

        List<Para> left = doc.paragraphs.stream().filter(p -> p.place().equals("closing") && p.column() == 0).toList();
        List<Para> right = doc.paragraphs.stream().filter(p -> p.place().equals("closing") && p.column() == 1).toList();
        Para label = left.get(0);
        assertEquals("Nơi nhận:", label.text());
        assertTrue(bold(doc.first(label)) && italic(doc.first(label)));
        assertEquals(12, size(doc.first(label)));
        assertEquals(JcEnumeration.LEFT, alignment(doc.ppr(label)));
        List<Para> recipients = left.subList(1, left.size());
        for (Para recipient : recipients.subList(0, recipients.size() - 1)) {
            assertTrue(recipient.text().matches("- .+;"), recipient.text());
            assertEquals(11, size(doc.first(recipient)));
            assertFalse(bold(doc.first(recipient)) || italic(doc.first(recipient)));
        }
        Para archive = recipients.get(recipients.size() - 1);
        assertTrue(archive.text().matches("- Lưu: VT, .+\\."), archive.text());
        assertEquals(11, size(doc.first(archive)));

        Para firstSigner = right.get(0);
        assertEquals(doc.ppr(label).getSpacing().getBefore(), doc.ppr(firstSigner).getSpacing().getBefore(),
                "Nơi nhận starts level with the signer block");
        for (Para line : right) {
            assertTrue(bold(doc.first(line)), line.text());
            assertEquals(14, size(doc.first(line)), line.text());
            assertEquals(JcEnumeration.CENTER, alignment(doc.ppr(line)), line.text());
        }
        assertEquals("KT. CHỦ TỊCH", right.get(0).text());
        assertEquals("PHÓ CHỦ TỊCH", right.get(1).text());
        Para signerName = right.get(right.size() - 1);
        assertFalse(upper(signerName.text()), "the name in lower case (in thường)");
        assertTrue(doc.ppr(signerName).getSpacing().getBefore().intValue() >= 1200, "room for signature and seal");
    }
}
