package vn.vanban.check;

import vn.vanban.docx.ReadDocument;
import vn.vanban.docx.ReadDocument.HeaderFooter;
import vn.vanban.docx.ReadDocument.PageField;
import vn.vanban.docx.ReadDocument.Section;
import vn.vanban.nd30.Choice;
import vn.vanban.nd30.Component;
import vn.vanban.nd30.Page;
import vn.vanban.nd30.Range;

/** Page size, orientation and margins of every section; page numbers (Phụ lục I, mục I). */
final class PageChecks {

    /** One millimetre, for page sizes. */
    private static final int SIZE_TOLERANCE = 57;
    /** A tenth of a millimetre, for margins: 15 mm is 850.4 twips and Word stores 850. */
    private static final int MARGIN_TOLERANCE = 6;

    private PageChecks() {
    }

    static void check(Findings f, ReadDocument doc) {
        for (Section s : doc.sections()) {
            page(f, s, doc.sections().size() > 1 ? "phần (section) " + (s.index() + 1) + ": " : "");
        }
        pageNumbers(f, doc);
    }

    private static void page(Findings f, Section s, String where) {
        if (s.pageWidth() == null || s.pageHeight() == null) {
            f.document(Rules.PAGE_A4, where + "không khai báo khổ giấy");
        } else {
            int shortSide = Math.min(s.pageWidth(), s.pageHeight());
            int longSide = Math.max(s.pageWidth(), s.pageHeight());
            if (Math.abs(shortSide - Page.A4_WIDTH_TWIPS) > SIZE_TOLERANCE || Math.abs(longSide - Page.A4_HEIGHT_TWIPS) > SIZE_TOLERANCE) {
                f.document(Rules.PAGE_A4, where + "khổ giấy " + HeaderChecks.mm(s.pageWidth()) + " × "
                        + HeaderChecks.mm(s.pageHeight()) + " mm");
            }
        }
        if (s.landscape() && s.tables() == 0) {
            f.document(Rules.PAGE_ORIENTATION, where + "trang xoay ngang mà không có bảng, biểu");
        }
        margin(f, Rules.MARGIN_TOP, where + "lề trên", s.marginTop(), Choice.MARGIN_TOP);
        margin(f, Rules.MARGIN_BOTTOM, where + "lề dưới", s.marginBottom(), Choice.MARGIN_BOTTOM);
        margin(f, Rules.MARGIN_LEFT, where + "lề trái", s.marginLeft() == null ? null : s.marginLeft() + s.gutter(),
                Choice.MARGIN_LEFT);
        margin(f, Rules.MARGIN_RIGHT, where + "lề phải", s.marginRight(), Choice.MARGIN_RIGHT);
    }

    private static void margin(Findings f, Rule rule, String what, Integer twips, Choice margin) {
        if (twips == null) {
            f.document(rule, what + " không khai báo");
            return;
        }
        Range mm = margin.allowed;
        if (twips < Page.mmToTwips(mm.min()) - MARGIN_TOLERANCE || twips > Page.mmToTwips(mm.max()) + MARGIN_TOLERANCE) {
            f.document(rule, what + " " + HeaderChecks.mm(twips) + " mm");
        }
    }

    private static void pageNumbers(Findings f, ReadDocument doc) {
        Section first = doc.sections().get(0);
        HeaderFooter firstPage = first.titlePage() ? first.firstHeader() : first.defaultHeader();
        if (firstPage != null && firstPage.pageField() != null) {
            f.document(Rules.PAGE_NUMBER_FIRST_PAGE, first.titlePage()
                    ? "đầu trang của trang thứ nhất có số trang"
                    : "chưa bật \"Trang đầu khác\" nên số trang hiện cả ở trang thứ nhất");
        }
        boolean onePage = doc.pageCount() != null && doc.pageCount() == 1;
        for (Section s : doc.sections()) {
            String where = doc.sections().size() > 1 ? "phần (section) " + (s.index() + 1) + ": " : "";
            PageField field = s.defaultHeader() == null ? null : s.defaultHeader().pageField();
            PageField even = doc.evenAndOddHeaders() && s.evenHeader() != null ? s.evenHeader().pageField() : null;
            if (field == null && even == null) {
                boolean inFooter = false;
                for (HeaderFooter footer : s.footers()) {
                    inFooter |= footer.pageField() != null;
                }
                if (inFooter) {
                    f.document(Rules.PAGE_NUMBER_POSITION, where + "số trang đặt ở chân trang");
                } else if (!onePage) {
                    f.document(Rules.PAGE_NUMBER_MISSING, where + "không tìm thấy số trang (trường PAGE) ở đầu trang");
                }
                continue;
            }
            if (doc.evenAndOddHeaders() && (field == null || even == null)) {
                f.document(Rules.PAGE_NUMBER_MISSING, where + "số trang chỉ có ở trang " + (field == null ? "chẵn" : "lẻ"));
            }
            PageField shown = field != null ? field : even;
            if (!shown.centered()) {
                f.document(Rules.PAGE_NUMBER_POSITION, where + "số trang ở đầu trang nhưng không canh giữa");
            }
            StringBuilder problems = new StringBuilder();
            for (double size : shown.sizes()) {
                if (!Component.PAGE_NUMBER.size.allowed().contains(size)) {
                    problems.append(problems.length() == 0 ? "" : ", ").append("cỡ chữ ").append(ComponentRules.pt(size));
                }
            }
            if (shown.italic()) {
                problems.append(problems.length() == 0 ? "" : ", ").append("in nghiêng");
            }
            String format = shown.formatSwitch() != null ? shown.formatSwitch() : s.pageNumberFormat();
            if (format != null && !format.equalsIgnoreCase("decimal") && !format.equalsIgnoreCase("Arabic")) {
                problems.append(problems.length() == 0 ? "" : ", ").append("kiểu số \"").append(format).append('"');
            }
            if (s.index() == 0 && s.pageNumberStart() != null && s.pageNumberStart() != 1) {
                problems.append(problems.length() == 0 ? "" : ", ").append("bắt đầu từ số ").append(s.pageNumberStart());
            }
            if (problems.length() > 0) {
                f.document(Rules.PAGE_NUMBER_FORMAT, where + "số trang " + problems);
            }
        }
    }
}
