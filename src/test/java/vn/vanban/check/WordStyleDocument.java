package vn.vanban.check;

import java.util.List;
import vn.vanban.docx.TestDocx;
import vn.vanban.render.FontMetrics;
import vn.vanban.render.FontMetrics.Style;

/**
 * A plan written the way clerks write in Word, part by part as Word 2016 saves it: Word's
 * default theme-font document defaults with Times New Roman set in the Normal style, a type name
 * whose style names Arial beside a theme font, the header laid out with tabs on centre tab stops
 * instead of a table, the rules under the issuing body and the motto drawn as line shapes
 * (DrawingML with a VML fallback), the subject broken with a manual line break, a heading typed
 * in lower case and shown in capitals by its style, points numbered by a Word lettered list, the
 * closing block laid out with tabs, and the page number after a tab in Word's Header style.
 *
 * <p>It carries these faults and no others: the number 5 and the day 5 without a leading zero; a
 * note in a character style on the theme font (Calibri); the Word list, whose hanging indent and
 * contextual spacing break the body layout and whose letters run a) b) c) d) e) f) — no đ), and f.
 */
final class WordStyleDocument {

    static final int TEXT_WIDTH = 11906 - 1701 - 850;
    static final int LEFT_CENTER = 1871;
    static final int RIGHT_CENTER = 6548;

    private WordStyleDocument() {
    }

    static byte[] build(boolean vmlOnly) {
        return build(vmlOnly, false);
    }

    /**
     * @param corrected the same document with its planted faults fixed: "05" twice, the note in
     *     the body font, and the points typed by hand a) to đ) with the body's indent and spacing
     */
    static byte[] build(boolean vmlOnly, boolean corrected) {
        return build(vmlOnly, corrected, Shape.DEFAULT);
    }

    /**
     * What varies between plans typed this way: the parent and issuing body's lines (one per
     * header row; the Quốc hiệu and motto stand beside the first two), the subject's two lines,
     * the first paragraph of the body, the signer's lines beside the recipients, and what the empty
     * paragraphs above the name hold.
     *
     * @param spacer the text of the two spacer paragraphs above the name, "" for empty ones, with
     *     the run properties it is set in
     */
    record Shape(List<String> parent, List<String> issuer, String subject1, String subject2, String opening,
            List<String> signer, String spacer, String spacerProperties) {

        static final Shape DEFAULT = new Shape(List.of("UBND TỈNH THANH HÓA"), List.of(ISSUER), SUBJECT_1, SUBJECT_2,
                "Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2024 của Ủy ban nhân dân tỉnh Thanh Hóa "
                        + "về công tác y tế dự phòng năm 2024.",
                List.of("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), "", "");
    }

    static byte[] build(boolean vmlOnly, boolean corrected, Shape shape) {
        return TestDocx.builder()
                .theme("Times New Roman", "Calibri")
                .styles(STYLES)
                .numbering(NUMBERING)
                .settings("<w:defaultTabStop w:val=\"720\"/>")
                .header("1", "<w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr><w:r><w:tab/></w:r>"
                        + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE   \\* MERGEFORMAT </w:instrText></w:r>"
                        + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:rPr><w:noProof/></w:rPr><w:t>2</w:t></w:r>"
                        + "<w:r><w:rPr><w:noProof/></w:rPr><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>")
                .header("2", "<w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr></w:p>")
                .footer("1", "<w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr><w:r><w:t>Sở Y tế Thanh Hóa</w:t></w:r></w:p>")
                .body(body(vmlOnly, corrected, shape))
                .build();
    }

    private static final String STYLES = "<w:docDefaults><w:rPrDefault><w:rPr>"
            + "<w:rFonts w:asciiTheme=\"minorHAnsi\" w:eastAsiaTheme=\"minorHAnsi\" w:hAnsiTheme=\"minorHAnsi\" w:cstheme=\"minorBidi\"/>"
            + "<w:kern w:val=\"2\"/><w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"vi-VN\" w:eastAsia=\"en-US\" w:bidi=\"ar-SA\"/>"
            + "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"160\" w:line=\"259\" w:lineRule=\"auto\"/></w:pPr>"
            + "</w:pPrDefault></w:docDefaults>"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>"
            + "<w:pPr><w:spacing w:before=\"0\" w:after=\"120\" w:line=\"276\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"567\"/>"
            + "<w:jc w:val=\"both\"/></w:pPr><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" "
            + "w:cs=\"Times New Roman\"/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr></w:style>"
            + "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/>"
            + "<w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>"
            + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:tblPr>"
            + "<w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
            + "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"DauVB\"><w:name w:val=\"Đầu VB\"/><w:basedOn w:val=\"Normal\"/>"
            + "<w:pPr><w:tabs><w:tab w:val=\"center\" w:pos=\"" + LEFT_CENTER + "\"/><w:tab w:val=\"center\" w:pos=\"" + RIGHT_CENTER
            + "\"/></w:tabs><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"left\"/>"
            + "</w:pPr><w:rPr><w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/></w:rPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"TenVB\"><w:name w:val=\"Tên VB\"/><w:basedOn w:val=\"Normal\"/>"
            + "<w:next w:val=\"TrichYeu\"/><w:pPr><w:keepNext/><w:spacing w:before=\"360\" w:after=\"0\"/><w:ind w:firstLine=\"0\"/>"
            + "<w:jc w:val=\"center\"/></w:pPr><w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:asciiTheme=\"majorHAnsi\" "
            + "w:hAnsiTheme=\"majorHAnsi\"/><w:b/><w:bCs/></w:rPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"TrichYeu\"><w:name w:val=\"Trích yếu\"/><w:basedOn w:val=\"TenVB\"/>"
            + "<w:pPr><w:spacing w:before=\"0\"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"CanCu\"><w:name w:val=\"Căn cứ\"/><w:basedOn w:val=\"Normal\"/>"
            + "<w:rPr><w:i/><w:iCs/></w:rPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/>"
            + "<w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val=\"0\"/></w:pPr>"
            + "<w:rPr><w:b/><w:bCs/><w:caps/></w:rPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"ListParagraph\"><w:name w:val=\"List Paragraph\"/><w:basedOn w:val=\"Normal\"/>"
            + "<w:uiPriority w:val=\"34\"/><w:qFormat/><w:pPr><w:ind w:left=\"720\"/><w:contextualSpacing/></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"KetThuc\"><w:name w:val=\"Kết thúc\"/><w:basedOn w:val=\"Normal\"/>"
            + "<w:pPr><w:tabs><w:tab w:val=\"center\" w:pos=\"" + RIGHT_CENTER + "\"/></w:tabs><w:spacing w:after=\"0\" w:line=\"240\" "
            + "w:lineRule=\"auto\"/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"left\"/></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Header\"><w:name w:val=\"header\"/><w:basedOn w:val=\"Normal\"/>"
            + "<w:pPr><w:tabs><w:tab w:val=\"center\" w:pos=\"4680\"/><w:tab w:val=\"right\" w:pos=\"9360\"/></w:tabs>"
            + "<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"left\"/></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Footer\"><w:name w:val=\"footer\"/><w:basedOn w:val=\"Header\"/></w:style>"
            + "<w:style w:type=\"character\" w:customStyle=\"1\" w:styleId=\"GhiChu\"><w:name w:val=\"Ghi chú\"/>"
            + "<w:rPr><w:rFonts w:asciiTheme=\"minorHAnsi\" w:hAnsiTheme=\"minorHAnsi\"/></w:rPr></w:style>";

    private static final String NUMBERING = "<w:abstractNum w:abstractNumId=\"3\"><w:multiLevelType w:val=\"hybridMultilevel\"/>"
            + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"%1)\"/>"
            + "<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"720\" w:hanging=\"360\"/></w:pPr></w:lvl>"
            + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\uF0B7\"/>"
            + "<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"1440\" w:hanging=\"360\"/></w:pPr></w:lvl></w:abstractNum>"
            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"3\"/></w:num>";

    private static String run(String props, String text) {
        return "<w:r>" + (props.isEmpty() ? "" : "<w:rPr>" + props + "</w:rPr>") + "<w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    private static final String TAB = "<w:r><w:tab/></w:r>";

    private static String para(String style, String content) {
        return "<w:p w14:paraId=\"1A2B3C4D\" w:rsidR=\"00A1B2C3\"><w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>"
                + "<w:proofErr w:type=\"spellStart\"/>" + content + "<w:proofErr w:type=\"spellEnd\"/></w:p>";
    }

    static int width(String text, boolean bold, boolean italic, double size) {
        return FontMetrics.widthTwips(text, Style.of(bold, italic), size);
    }

    /** An anchored straight connector as Word 2010+ writes it, with the VML Word 2003 reads. */
    private static String lineShape(int id, int left, int length, boolean vmlOnly) {
        String vml = "<w:pict><v:line id=\"Straight Connector " + id + "\" o:spid=\"_x0000_s10" + id + "\" "
                + "style=\"position:absolute;z-index:25165926" + id + ";visibility:visible;mso-wrap-style:square\" "
                + "from=\"" + left / 20.0 + "pt,3pt\" to=\"" + (left + length) / 20.0 + "pt,3pt\" strokecolor=\"black\" "
                + "strokeweight=\".5pt\"><v:stroke joinstyle=\"miter\"/></v:line></w:pict>";
        if (vmlOnly) {
            return "<w:r>" + vml + "</w:r>";
        }
        return "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
                + "<wp:anchor distT=\"0\" distB=\"0\" distL=\"114300\" distR=\"114300\" simplePos=\"0\" relativeHeight=\"25165926" + id
                + "\" behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\"><wp:simplePos x=\"0\" y=\"0\"/>"
                + "<wp:positionH relativeFrom=\"column\"><wp:posOffset>" + left * 635L + "</wp:posOffset></wp:positionH>"
                + "<wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>38100</wp:posOffset></wp:positionV>"
                + "<wp:extent cx=\"" + length * 635L + "\" cy=\"0\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"19050\"/><wp:wrapNone/>"
                + "<wp:docPr id=\"" + id + "\" name=\"Straight Connector " + id + "\"/><wp:cNvGraphicFramePr/>"
                + "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp><wps:cNvCnPr/>"
                + "<wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"" + length * 635L + "\" cy=\"0\"/></a:xfrm>"
                + "<a:prstGeom prst=\"line\"><a:avLst/></a:prstGeom><a:ln w=\"6350\"><a:solidFill><a:schemeClr val=\"tx1\"/></a:solidFill>"
                + "</a:ln></wps:spPr><wps:style><a:lnRef idx=\"1\"><a:schemeClr val=\"accent1\"/></a:lnRef><a:fillRef idx=\"0\">"
                + "<a:schemeClr val=\"accent1\"/></a:fillRef><a:effectRef idx=\"0\"><a:schemeClr val=\"accent1\"/></a:effectRef>"
                + "<a:fontRef idx=\"minor\"><a:schemeClr val=\"tx1\"/></a:fontRef></wps:style><wps:bodyPr/></wps:wsp></a:graphicData>"
                + "</a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback>" + vml + "</mc:Fallback></mc:AlternateContent></w:r>";
    }

    private static String inlineLine(int length) {
        return "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"" + length * 635L
                + "\" cy=\"0\"/><wp:docPr id=\"9\" name=\"Line 9\"/><a:graphic><a:graphicData "
                + "uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp><wps:cNvCnPr/><wps:spPr>"
                + "<a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"" + length * 635L + "\" cy=\"0\"/></a:xfrm><a:prstGeom prst=\"line\">"
                + "<a:avLst/></a:prstGeom><a:ln w=\"6350\"><a:solidFill><a:srgbClr val=\"000000\"/></a:solidFill></a:ln></wps:spPr>"
                + "<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>";
    }

    static final String ISSUER = "SỞ Y TẾ";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    static final String SUBJECT_1 = "Phòng, chống dịch bệnh truyền nhiễm";
    static final String SUBJECT_2 = "mùa hè năm 2024";

    private static String body(boolean vmlOnly, boolean corrected, Shape shape) {
        String lastIssuer = shape.issuer().get(shape.issuer().size() - 1);
        int issuerRule = (int) Math.round(width(lastIssuer, true, false, 13) * 0.45);
        int mottoRule = width(MOTTO, true, false, 13);
        int subjectRule = (int) Math.round(width(shape.subject1(), true, false, 14) * 0.4);
        String b = "<w:b/><w:bCs/>";
        StringBuilder x = new StringBuilder();
        List<String> right = List.of("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", MOTTO);
        List<String> rightProperties = List.of(b + "<w:sz w:val=\"24\"/>", b);
        int rows = shape.parent().size() + shape.issuer().size();
        for (int i = 0; i < rows; i++) {
            boolean parent = i < shape.parent().size();
            String left = parent ? shape.parent().get(i) : shape.issuer().get(i - shape.parent().size());
            x.append(para("DauVB", TAB + run(parent ? "" : b, left)
                    + (i < right.size() ? TAB + run(rightProperties.get(i), right.get(i)) : "")));
        }
        x.append(para("DauVB", lineShape(1, LEFT_CENTER - issuerRule / 2, issuerRule, vmlOnly)
                + lineShape(2, RIGHT_CENTER - mottoRule / 2, mottoRule, vmlOnly)));
        String zero = corrected ? "0" : "";
        x.append(para("DauVB", TAB + run("", "Số: " + zero + "5/KH-SYT") + TAB + run("<w:i/><w:iCs/><w:sz w:val=\"28\"/>",
                "Thanh Hóa, ngày " + zero + "5 tháng 3 năm 2024")));
        x.append(para("TenVB", run("", "KẾ HOẠCH")));
        x.append(para("TrichYeu", run("", shape.subject1()) + "<w:r><w:br/></w:r>" + run("", shape.subject2())));
        x.append(para("TrichYeu", inlineLine(subjectRule)));
        x.append(para("CanCu", run("", shape.opening())));
        x.append(para("Normal", run("", "Sở Y tế xây dựng kế hoạch phòng, chống dịch bệnh mùa hè năm 2024 như sau:")));
        x.append(para("Heading1", run("", "I. Mục đích, yêu cầu")));
        x.append(para("Normal", run(b, "1. Mục đích")));
        x.append(para("Normal", run("", "Chủ động phòng, chống dịch bệnh, phát hiện sớm và xử lý kịp thời các ổ dịch ")
                + "<w:r><w:rPr><w:rStyle w:val=\"" + (corrected ? "DefaultParagraphFont" : "GhiChu")
                + "\"/></w:rPr><w:t>(theo Phụ lục kèm theo)</w:t></w:r>"
                + run("", ", không để dịch lớn xảy ra.")));
        x.append(para("Normal", run(b, "2. Yêu cầu")));
        String[] points = {"Giám sát chặt chẽ tình hình dịch bệnh trên địa bàn;",
            "Chuẩn bị đủ thuốc, vật tư, hóa chất;", "Tập huấn cho cán bộ y tế tuyến xã;",
            "Truyền thông cho người dân về các biện pháp phòng bệnh;", "Phối hợp với các ngành liên quan;",
            "Báo cáo kết quả theo quy định."};
        String[] letters = {"a", "b", "c", "d", "đ"};
        for (int i = 0; i < (corrected ? letters.length : points.length); i++) {
            if (corrected) {
                x.append(para("Normal", run("", letters[i] + ") " + points[i])));
            } else {
                x.append("<w:p><w:pPr><w:pStyle w:val=\"ListParagraph\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/>"
                        + "</w:numPr></w:pPr>" + run("", points[i]) + "</w:p>");
            }
        }
        x.append(para("Normal", run("", "Thời gian thực hiện:") + TAB + run("", "từ tháng 5 đến tháng 8 năm 2024.")));
        x.append(para("Normal", run("", "Trên đây là Kế hoạch phòng, chống dịch bệnh mùa hè năm 2024 của Sở Y tế./.")));
        String label = b + "<w:i/><w:iCs/><w:sz w:val=\"24\"/>";
        String small = "<w:sz w:val=\"22\"/>";
        List<String> left = List.of(run(label, "Nơi nhận:"), run(small, "- UBND tỉnh (b/c);"),
                run(small, "- Các phòng chức năng;"), run(small, "- Lưu: VT, NVY."));
        for (int i = 0; i < Math.max(left.size(), shape.signer().size()); i++) {
            x.append(para("KetThuc", (i < left.size() ? left.get(i) : "")
                    + (i < shape.signer().size() ? TAB + run(b, shape.signer().get(i)) : "")));
        }
        String spacer = shape.spacer().isEmpty() ? "" : run(shape.spacerProperties(), shape.spacer());
        x.append(para("KetThuc", spacer));
        x.append(para("KetThuc", spacer));
        x.append(para("KetThuc", TAB + run(b, "Nguyễn Văn An")));
        x.append("<w:sectPr w:rsidR=\"00A1B2C3\"><w:headerReference w:type=\"default\" r:id=\"rIdH1\"/>"
                + "<w:headerReference w:type=\"first\" r:id=\"rIdH2\"/><w:footerReference w:type=\"default\" r:id=\"rIdF1\"/>"
                + "<w:pgSz w:w=\"11906\" w:h=\"16838\" w:code=\"9\"/><w:pgMar w:top=\"1134\" w:right=\"850\" w:bottom=\"1134\" "
                + "w:left=\"1701\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/><w:cols w:space=\"708\"/><w:titlePg/>"
                + "<w:docGrid w:linePitch=\"360\"/></w:sectPr>");
        return x.toString();
    }
}
