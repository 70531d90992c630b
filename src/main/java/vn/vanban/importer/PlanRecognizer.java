package vn.vanban.importer;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban.model.Assignment;
import vn.vanban.model.Authority;
import vn.vanban.model.Block;
import vn.vanban.model.CitedDocument;
import vn.vanban.model.DocumentKind;
import vn.vanban.model.Entry;
import vn.vanban.model.Issuer;
import vn.vanban.model.Item;
import vn.vanban.model.LegalBasis;
import vn.vanban.model.Part;
import vn.vanban.model.Plan;
import vn.vanban.model.Presentation;
import vn.vanban.model.Signer;
import vn.vanban.model.UnitDuty;
import vn.vanban.model.VietnameseNames;
import vn.vanban.render.LegalBasisText;

/**
 * Recognises a plan in a document's paragraphs, top to bottom as a clerk reads it: header (issuing
 * body, number, place and date), type name and subject, legal bases and introduction, the parts
 * with their numbered items, points and dashes, the closing paragraph, recipients, the Lưu line and
 * the signature. What it cannot place is kept as a plain paragraph near where it stood and noted.
 */
final class PlanRecognizer {

    private static final Pattern NUMBER = Pattern.compile("^Số\\s*:?\\s*(\\d{0,7})\\s*/\\s*([\\p{L}\\d]+(?:-[\\p{L}\\d]+)*)\\s*(.*)$");
    private static final Pattern PLACE_DATE = Pattern.compile("^([^,]{2,60}),\\s*ngày(.*)$");
    private static final Pattern DATE = Pattern.compile("^\\s*(\\d{1,2})?\\s*tháng\\s*(\\d{1,2})?\\s*năm\\s*(\\d{4})\\b.*$");
    private static final Pattern YEAR = Pattern.compile("\\bnăm\\s+((?:19|20|21)\\d\\d)\\b");
    private static final Pattern LEAD = Pattern.compile("^(Căn cứ|Thực hiện|Theo đề nghị|Xét đề nghị)\\b.*");
    private static final Pattern CITATION = Pattern.compile("^(?:(?<lead>Căn cứ|Thực hiện)\\s+)?(?<kind>\\p{L}[\\p{L} ]{1,30}?)"
            + "\\s+số\\s+(?<number>\\S+)\\s+ngày\\s+(?<d>\\d{1,2})/(?<m>\\d{1,2})/(?<y>\\d{4})\\s+của\\s+(?<issuer>.+?)"
            + "(?:\\s+(?<subject>(?:về|ban hành|quy định|hướng dẫn|triển khai|phê duyệt)\\s.*))?$");
    private static final Pattern RECIPIENTS = Pattern.compile("^Nơi\\s+nhận\\s*:?\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ARCHIVE = Pattern.compile("^[-+•–]?\\s*Lưu\\s*:?\\s+(.+)$");
    private static final Pattern AUTHORITY = Pattern.compile("^(TM|KT|TL|TUQ|Q)\\s*\\.\\s*(\\S.*)$");
    private static final Pattern SIGNATURE_NOTE = Pattern.compile("^[(\\[]?\\s*(đã ký|ký tên|ký,|ký và|đóng dấu|chữ ký)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(?=[a-z][a-z0-9_]*})");
    private static final List<String> CLOSING_OPENINGS = List.of(
            "TREN DAY", "YEU CAU", "TRONG QUA TRINH", "DE NGHI CAC", "NHAN DUOC", "GIAO ");
    private static final int RUN_IN_TITLE_WORDS = 12;

    private final Source source;
    private final List<SourceParagraph> paragraphs;
    private final List<ImportNote> notes = new ArrayList<>();

    private PlanRecognizer(Source source) {
        this.source = source;
        this.paragraphs = source.paragraphs();
    }

    static Imported recognize(Source source) throws ImportException {
        return new PlanRecognizer(source).recognize();
    }

    // ------------------------------------------------------------------ the document, top to bottom

    private Imported recognize() throws ImportException {
        int title = titleIndex();
        int firstPart = firstPartIndex(Math.max(title, 0));
        if (title < 0) {
            throw new ImportException(firstPart < 0
                    ? "không phải một kế hoạch: không thấy tên loại văn bản (KẾ HOẠCH) ở đầu, cũng không thấy các phần I., II., ..."
                    : "không thấy tên loại văn bản (dòng KẾ HOẠCH in hoa trước trích yếu)");
        }
        if (firstPart < 0) {
            throw new ImportException("không thấy phần nội dung nào đánh số La Mã (I., II., ...) sau trích yếu");
        }
        Header header = header(paragraphs.subList(0, title));
        DocumentKind kind = kindOf(paragraphs.get(title).text());
        int index = title + 1;
        StringBuilder subject = new StringBuilder(titleRest(paragraphs.get(title).text(), kind));
        while (index < firstPart && subjectContinues(paragraphs.get(index), subject.length() == 0)) {
            subject.append(subject.length() == 0 ? "" : " ").append(paragraphs.get(index).text());
            index++;
        }
        if (subject.length() == 0) {
            throw new ImportException("không thấy trích yếu nội dung sau dòng " + VietnameseNames.upper(kind.displayName()));
        }
        String subjectText = caseOf(subject.toString());

        Preamble preamble = preamble(paragraphs.subList(index, firstPart));
        List<String> introduction = new ArrayList<>(header.extra());
        introduction.addAll(preamble.introduction());

        int closingZone = closingZoneIndex(firstPart);
        List<SourceParagraph> body = paragraphs.subList(firstPart, closingZone);
        int closingStart = closingStart(body);
        List<Part> parts = parts(body.subList(0, closingStart));
        List<String> closing = new ArrayList<>(body.subList(closingStart, body.size()).stream()
                .map(p -> text(p.text())).toList());
        Closing end = closing(paragraphs.subList(closingZone, paragraphs.size()), closing);

        int year = year(header, subjectText);
        Issuer issuer = issuer(header);
        Presentation presentation = preamble.paragraphLayout()
                ? new Presentation(14, 13, 13, Presentation.Margins.DEFAULT, 1.0, 6, 1.27,
                        Presentation.LegalBasisLayout.PARAGRAPH)
                : Presentation.DEFAULT;
        Plan plan = new Plan(kind, issuer, header.number(), header.date(), year, text(subjectText),
                preamble.bases(), introduction, parts, closing, end.signer(), end.recipients(), end.archive(),
                Map.of(), presentation);
        return new Imported(plan, notes);
    }

    private int titleIndex() {
        for (int i = 0; i < paragraphs.size(); i++) {
            String text = paragraphs.get(i).text();
            if (Markers.isPart(text) && !TextSource.upperCase(text.substring(0, Math.min(text.length(), 3)))) {
                return -1;
            }
            if (kindOf(text) != null) {
                return i;
            }
        }
        return -1;
    }

    private int firstPartIndex(int from) {
        for (int i = from; i < paragraphs.size(); i++) {
            Markers.Marker marker = Markers.of(paragraphs.get(i).text());
            if (marker != null && marker.kind() == Markers.Kind.PART) {
                return i;
            }
        }
        return -1;
    }

    /** "KẾ HOẠCH", or "KẾ HOẠCH PHÒNG, CHỐNG ..." with the subject on the same line. */
    private static DocumentKind kindOf(String text) {
        String upper = VietnameseNames.upper(text.strip());
        for (DocumentKind kind : DocumentKind.values()) {
            String name = VietnameseNames.upper(kind.displayName());
            if (upper.equals(name) || upper.startsWith(name + " ") && TextSource.upperCase(text)) {
                return kind;
            }
        }
        return null;
    }

    private static String titleRest(String text, DocumentKind kind) {
        return text.strip().substring(kind.displayName().length()).strip();
    }

    private static boolean subjectContinues(SourceParagraph p, boolean first) {
        String text = p.text();
        if (LEAD.matcher(text).matches() || Markers.isPart(text)) {
            return false;
        }
        if (first) {
            return true;
        }
        return Boolean.TRUE.equals(p.bold()) || p.bold() == null && TextSource.upperCase(text) && !p.boundary();
    }

    // ------------------------------------------------------------------ header

    private record Header(List<SourceParagraph> nameLines, Integer number, String symbol, String place,
            LocalDate date, Integer year, List<String> extra) {
    }

    private Header header(List<SourceParagraph> lines) {
        List<SourceParagraph> names = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        Integer number = null;
        String symbol = null;
        String place = null;
        LocalDate date = null;
        Integer year = null;
        for (int i = 0; i < lines.size(); i++) {
            SourceParagraph line = lines.get(i);
            String text = line.text();
            String folded = fold(text);
            if (folded.startsWith("CONG HOA XA HOI") || folded.equals("CHU NGHIA VIET NAM") || folded.startsWith("DOC LAP")) {
                continue;
            }
            Matcher n = NUMBER.matcher(text);
            if (n.matches()) {
                number = n.group(1).isEmpty() || Integer.parseInt(n.group(1)) == 0 ? null : Integer.valueOf(n.group(1));
                symbol = n.group(2);
                text = n.group(3).strip();
                if (text.isEmpty()) {
                    continue;
                }
            }
            Matcher pd = PLACE_DATE.matcher(text);
            if (pd.matches()) {
                String rest = pd.group(2);
                if (!rest.matches(".*năm\\s*\\d{4}.*") && i + 1 < lines.size()) {
                    rest = rest + " " + lines.get(++i).text();
                }
                place = pd.group(1).strip();
                Matcher d = DATE.matcher(rest);
                if (d.matches()) {
                    year = Integer.valueOf(d.group(3));
                    date = dateOf(d.group(1), d.group(2), d.group(3));
                    if (date == null && d.group(1) != null && d.group(2) != null) {
                        notes.add(new ImportNote(line.number(), line.text(), "ngày tháng không hợp lệ, để trống"));
                    }
                } else {
                    notes.add(new ImportNote(line.number(), line.text(), "không đọc được ngày tháng, để trống"));
                }
                continue;
            }
            if (TextSource.upperCase(text)) {
                names.add(line.withText(text));
                continue;
            }
            notes.add(new ImportNote(line.number(), text, "không nhận ra ở phần đầu văn bản; giữ thành đoạn mở đầu"));
            extra.add(text(text));
        }
        return new Header(names, number, symbol, place, date, year, extra);
    }

    private static LocalDate dateOf(String day, String month, String year) {
        if (day == null || month == null) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private Issuer issuer(Header header) throws ImportException {
        List<SourceParagraph> lines = header.nameLines();
        if (lines.isEmpty()) {
            throw new ImportException("không thấy tên cơ quan ban hành (các dòng in hoa ở góc trên bên trái)");
        }
        int parents = 0;
        boolean boldKnown = lines.stream().anyMatch(l -> Boolean.TRUE.equals(l.bold()));
        if (boldKnown) {
            while (parents < lines.size() - 1 && Boolean.FALSE.equals(lines.get(parents).bold())) {
                parents++;
            }
        } else if (lines.size() >= 3 && !fold(lines.get(0).text()).matches("(UY BAN|HOI DONG) NHAN DAN.*")) {
            parents = 1;
        }
        List<String> parentLines = lines.subList(0, parents).stream().map(SourceParagraph::text).toList();
        List<String> nameLines = lines.subList(parents, lines.size()).stream().map(SourceParagraph::text).toList();
        String abbreviation = null;
        if (header.symbol() != null) {
            int dash = header.symbol().indexOf('-');
            String after = dash < 0 ? "" : header.symbol().substring(dash + 1);
            if (after.matches("[A-ZĐ0-9]+(-[A-ZĐ0-9]+)*")) {
                abbreviation = after;
            }
        }
        if (abbreviation == null) {
            abbreviation = initials(nameLines.get(0));
            notes.add(new ImportNote(0, null, "không thấy ký hiệu văn bản (Số: .../KH-...); tạm lấy chữ viết tắt cơ quan là "
                    + abbreviation + ", hãy sửa viet_tat nếu sai"));
        }
        String place = header.place();
        if (place == null) {
            String territory = VietnameseNames.territoryOf(nameLines.get(nameLines.size() - 1));
            place = territory.replaceFirst("^(thành phố|thị xã|thị trấn|đặc khu|tỉnh|huyện|quận|phường|xã) ", "");
            notes.add(new ImportNote(0, null, "không thấy địa danh và ngày tháng; tạm lấy địa danh " + place));
        }
        return new Issuer(parentLines, nameLines, abbreviation, text(place), null, null);
    }

    /** "ỦY BAN NHÂN DÂN" → "UBND". */
    private static String initials(String line) {
        StringBuilder out = new StringBuilder();
        for (String word : line.strip().split("\\s+")) {
            if (!word.isEmpty() && Character.isLetter(word.codePointAt(0))) {
                String first = new String(Character.toChars(word.codePointAt(0)));
                out.append(first.equals("Đ") ? "Đ" : fold(first));
            }
        }
        return out.length() == 0 ? "UBND" : out.toString();
    }

    private int year(Header header, String subject) {
        if (header.date() != null && plausible(header.date().getYear())) {
            return header.date().getYear();
        }
        if (header.year() != null && plausible(header.year())) {
            return header.year();
        }
        Matcher m = YEAR.matcher(subject);
        Integer found = null;
        while (m.find()) {
            found = Integer.valueOf(m.group(1));
        }
        if (found != null) {
            return found;
        }
        int now = LocalDate.now().getYear();
        // The plan year is only a default for the clerk to correct; the note says so.
        notes.add(new ImportNote(0, null, "không thấy năm của kế hoạch; tạm lấy năm " + now + ", hãy sửa nam nếu sai"));
        return now;
    }

    /** The years the schema accepts for a plan. */
    private static boolean plausible(int year) {
        return year >= 1945 && year <= 2200;
    }

    // ------------------------------------------------------------------ legal bases and introduction

    private record Preamble(List<LegalBasis> bases, List<String> introduction, boolean paragraphLayout) {
    }

    private Preamble preamble(List<SourceParagraph> lines) {
        List<LegalBasis> bases = new ArrayList<>();
        List<String> introduction = new ArrayList<>();
        boolean paragraphLayout = false;
        for (SourceParagraph line : lines) {
            String text = line.text();
            if (!LEAD.matcher(text).matches() || !introduction.isEmpty()) {
                introduction.add(text(text));
                continue;
            }
            int split = text.endsWith(":") && bases.isEmpty() ? introductionStart(text) : -1;
            if (split < 0) {
                bases.add(legalBasis(text, false));
                continue;
            }
            // "Thực hiện ...; ..., Ủy ban nhân dân tỉnh ... như sau:": bases and introduction in one paragraph.
            paragraphLayout = true;
            String[] pieces = text.substring(0, split).split(";\\s+");
            for (int i = 0; i < pieces.length; i++) {
                bases.add(legalBasis(pieces[i], i > 0));
            }
            introduction.add(text(text.substring(split + 2)));
        }
        return new Preamble(bases, introduction, paragraphLayout);
    }

    /** Where ", <Body> ... như sau:" starts: the last comma followed by a capital letter. */
    private static int introductionStart(String text) {
        for (int i = text.lastIndexOf(", "); i > 0; i = text.lastIndexOf(", ", i - 1)) {
            String rest = text.substring(i + 2);
            if (!rest.isEmpty() && Character.isUpperCase(rest.codePointAt(0)) && !rest.contains("; ")) {
                return i;
            }
        }
        return -1;
    }

    /** A citation when vanban would write exactly these words back, the sentence as written otherwise. */
    private static LegalBasis legalBasis(String raw, boolean continuing) {
        String text = text(withoutEndPunctuation(raw));
        Matcher m = CITATION.matcher(text);
        if (m.matches() && !m.group("issuer").contains(" số ")) {
            LocalDate date = dateOf(m.group("d"), m.group("m"), m.group("y"));
            String lead = m.group("lead");
            if (lead != null && lead.equals("Căn cứ") && !continuing) {
                lead = null;
            }
            if (date != null) {
                LegalBasis.Citation citation = new LegalBasis.Citation(lead, new CitedDocument(m.group("kind"),
                        m.group("number"), date, m.group("issuer"), m.group("subject")));
                if (LegalBasisText.of(citation, continuing).equals(text)) {
                    return citation;
                }
            }
        }
        return new LegalBasis.Written(text);
    }

    // ------------------------------------------------------------------ body

    /** Where the body ends: "Nơi nhận" or the signer's authority line, whichever comes first. */
    private int closingZoneIndex(int firstPart) {
        for (int i = firstPart + 1; i < paragraphs.size(); i++) {
            String text = paragraphs.get(i).text();
            if (RECIPIENTS.matcher(text).matches() || AUTHORITY.matcher(text).matches() && TextSource.upperCase(text)) {
                return i;
            }
        }
        return paragraphs.size();
    }

    /** The closing paragraphs at the end of the body: "Trên đây là ...", or the one ending with "./.". */
    private static int closingStart(List<SourceParagraph> body) {
        int start = body.size();
        for (int i = body.size() - 1; i > 0; i--) {
            String text = body.get(i).text();
            boolean plain = Markers.of(text) == null;
            boolean opening = CLOSING_OPENINGS.stream().anyMatch(o -> fold(text).startsWith(o));
            if (plain && (opening || i == body.size() - 1 && text.endsWith("/."))) {
                start = i;
            } else {
                break;
            }
        }
        return start;
    }

    private List<Part> parts(List<SourceParagraph> body) {
        List<PartBuilder> parts = new ArrayList<>();
        PartBuilder part = null;
        Container[] levels = new Container[5];
        EntryBuilder point = null;
        EntryBuilder dash = null;
        int reportedTable = -1;
        for (SourceParagraph p : body) {
            if (p.cell() != null && p.cell().table() != reportedTable) {
                reportedTable = p.cell().table();
                notes.add(new ImportNote(p.number(), p.text(),
                        "bảng trong phần nội dung: kế hoạch YAML không có bảng, đã đọc từng ô thành đoạn văn"));
            }
            Markers.Marker marker = Markers.of(p.text());
            if (marker != null && marker.kind() == Markers.Kind.PART) {
                part = new PartBuilder(caseOf(withoutColon(marker.rest())));
                parts.add(part);
                Arrays.fill(levels, null);
                point = null;
                dash = null;
                continue;
            }
            Container deepest = part;
            for (int k = levels.length - 1; k >= 1; k--) {
                if (levels[k] != null) {
                    deepest = levels[k];
                    break;
                }
            }
            Markers.Kind kind = marker == null ? null : marker.kind();
            if (kind == Markers.Kind.PLUS && dash == null) {
                kind = Markers.Kind.DASH;
            }
            if (kind == null) {
                add(deepest, BlockKind.PARAGRAPHS, text(p.text()), p);
                point = null;
                dash = null;
            } else if (kind == Markers.Kind.ITEM) {
                int depth = Math.min(marker.depth(), levels.length - 1);
                Container parent = part;
                for (int k = depth - 1; k >= 1; k--) {
                    if (levels[k] != null) {
                        parent = levels[k];
                        break;
                    }
                }
                if (parent instanceof DutyBuilder) {
                    // A unit's duties hold paragraphs, points and dashes, never numbered items.
                    add(parent, BlockKind.PARAGRAPHS, text(p.text()), p);
                    notes.add(new ImportNote(p.number(), p.text(),
                            "mục đánh số trong phần việc của một đơn vị: kế hoạch YAML không có mục ở đó, đã giữ thành đoạn văn"));
                    point = null;
                    dash = null;
                    continue;
                }
                Container item = parent == part && part.duties ? duty(marker.rest(), p) : item(marker.rest(), p);
                add(parent, item instanceof DutyBuilder ? BlockKind.DUTIES : BlockKind.ITEMS, item, p);
                levels[depth] = item;
                Arrays.fill(levels, depth + 1, levels.length, null);
                point = null;
                dash = null;
            } else if (kind == Markers.Kind.POINT) {
                point = new EntryBuilder(text(marker.rest()));
                add(deepest, BlockKind.POINTS, point, p);
                dash = null;
            } else if (kind == Markers.Kind.PLUS) {
                dash.children.add(new EntryBuilder(text(marker.rest())));
            } else {
                dash = new EntryBuilder(text(marker.rest()));
                if (point != null) {
                    point.children.add(dash);
                } else {
                    add(deepest, BlockKind.DASHES, dash, p);
                }
            }
        }
        return parts.stream().map(PartBuilder::build).toList();
    }

    private Container item(String rest, SourceParagraph p) {
        ItemBuilder item = new ItemBuilder();
        int colon = Boolean.TRUE.equals(p.bold()) ? -1 : runInColon(rest, RUN_IN_TITLE_WORDS);
        if (colon > 0) {
            item.title = text(rest.substring(0, colon));
            item.text = text(rest.substring(colon + 1).strip());
        } else if (Boolean.FALSE.equals(p.bold())) {
            item.text = text(rest);
        } else {
            item.title = text(withoutColon(rest));
        }
        if (item.title != null && item.title.isEmpty()) {
            item.title = null;
            item.text = text(rest);
        }
        return item;
    }

    private Container duty(String rest, SourceParagraph p) {
        DutyBuilder duty = new DutyBuilder();
        String unit = rest;
        if (unit.startsWith("Đề nghị ")) {
            duty.request = true;
            unit = unit.substring("Đề nghị ".length()).strip();
        }
        int colon = Boolean.TRUE.equals(p.bold()) ? -1 : runInColon(unit, Integer.MAX_VALUE);
        if (colon > 0) {
            duty.text = text(unit.substring(colon + 1).strip());
            unit = unit.substring(0, colon);
        }
        duty.unit = text(withoutEndPunctuation(withoutColon(unit)));
        if (duty.unit.isEmpty()) {
            duty.unit = text(rest);
        }
        return duty;
    }

    /** The colon after a run-in title ("Mục đích: Tiếp tục ..."), or -1. */
    private static int runInColon(String text, int maxWords) {
        int colon = text.indexOf(": ");
        if (colon <= 0 || text.substring(colon + 2).isBlank()) {
            return -1;
        }
        return text.substring(0, colon).split("\\s+").length <= maxWords ? colon : -1;
    }

    /**
     * Adds an element to a container. Each kind of block is one YAML key, so a kind met again after
     * another kind cannot keep its place: it joins the earlier block of its kind, and that is noted.
     */
    private void add(Container container, BlockKind kind, Object element, SourceParagraph p) {
        BlockBuilder last = container.blocks.isEmpty() ? null : container.blocks.get(container.blocks.size() - 1);
        if (last != null && last.kind == kind) {
            last.elements.add(element);
            return;
        }
        for (BlockBuilder block : container.blocks) {
            if (block.kind == kind) {
                block.elements.add(element);
                notes.add(new ImportNote(p.number(), p.text(),
                        "không giữ được vị trí (cùng loại với khối ở trên, sau một khối khác); đã dời lên khối đó"));
                return;
            }
        }
        BlockBuilder block = new BlockBuilder(kind);
        block.elements.add(element);
        container.blocks.add(block);
    }

    // ------------------------------------------------------------------ closing

    private record Closing(Signer signer, List<String> recipients, List<String> archive) {
    }

    private Closing closing(List<SourceParagraph> lines, List<String> closingParagraphs) throws ImportException {
        List<String> recipients = new ArrayList<>();
        List<String> archive = new ArrayList<>();
        Authority authority = null;
        String onBehalfOf = null;
        String principal = null;
        List<String> titleLines = new ArrayList<>();
        String name = null;
        boolean recipientsOpen = false;
        boolean signer = false;
        boolean sawRecipients = false;
        for (SourceParagraph line : lines) {
            String text = line.text();
            Matcher m = RECIPIENTS.matcher(text);
            if (m.matches()) {
                recipientsOpen = true;
                sawRecipients = true;
                text = m.group(1).strip();
                if (text.isEmpty()) {
                    continue;
                }
            }
            m = ARCHIVE.matcher(text);
            if (m.matches()) {
                for (String a : m.group(1).split("[,.;]\\s*")) {
                    if (!a.isBlank()) {
                        archive.add(text(a.strip()));
                    }
                }
                recipientsOpen = false;
                continue;
            }
            m = AUTHORITY.matcher(text);
            if (m.matches() && TextSource.upperCase(text)) {
                Authority found = Authority.valueOf(m.group(1));
                if (found == Authority.TM) {
                    onBehalfOf = VietnameseNames.sentenceCase(m.group(2));
                    authority = authority == null ? Authority.TM : authority;
                } else {
                    authority = found;
                    principal = titleCase(m.group(2));
                }
                signer = true;
                recipientsOpen = false;
                continue;
            }
            if (SIGNATURE_NOTE.matcher(text).find()) {
                notes.add(new ImportNote(line.number(), text, "ghi chú chữ ký, không đưa vào kế hoạch"));
                continue;
            }
            boolean dashed = Markers.of(text) != null && Markers.of(text).kind() == Markers.Kind.DASH;
            if (recipientsOpen && (dashed || !TextSource.upperCase(text))) {
                String recipient = recipient(text);
                if (!recipient.isEmpty()) {
                    recipients.add(recipient);
                }
                continue;
            }
            if (TextSource.upperCase(text) && name == null && !dashed) {
                titleLines.add(text);
                signer = true;
                continue;
            }
            if ((signer || !archive.isEmpty()) && !dashed) {
                if (name != null) {
                    notes.add(new ImportNote(line.number(), name, "có hai dòng giống họ tên người ký; lấy dòng sau"));
                }
                name = text(text);
                continue;
            }
            notes.add(new ImportNote(line.number(), text, "không nhận ra ở phần cuối văn bản; giữ thành đoạn kết"));
            closingParagraphs.add(text(text));
        }
        if (name == null && titleLines.size() >= 2) {
            // A name typed in capitals: the last capital line is the name, not a title.
            String last = titleLines.remove(titleLines.size() - 1);
            name = text(capitalizeWords(last));
            notes.add(new ImportNote(0, last, "họ tên người ký viết in hoa; ghi là " + name + ", hãy xem lại nguoi_ky"));
        }
        if (name == null) {
            throw new ImportException("không thấy họ tên người ký ở cuối văn bản (sau dòng chức vụ như KT. CHỦ TỊCH)");
        }
        if (!sawRecipients) {
            notes.add(new ImportNote(0, null, "không thấy \"Nơi nhận:\"; noi_nhan để trống"));
        }
        if (archive.isEmpty()) {
            archive.add("VT");
            notes.add(new ImportNote(0, null, "không thấy dòng \"Lưu:\"; tạm ghi luu: [VT]"));
        }
        String signerTitle = titleLines.isEmpty() ? null : titleCase(String.join(" ", titleLines));
        if (authority == Authority.Q && signerTitle != null) {
            // "Q. CHỦ TỊCH" says the title already; the decree prints no second line.
            notes.add(new ImportNote(0, signerTitle, "quyền hạn Q. chỉ in chức vụ người đứng đầu; bỏ dòng chức vụ"));
            signerTitle = null;
        } else if (authority != Authority.Q && signerTitle == null) {
            if (principal == null) {
                throw new ImportException("không thấy chức vụ người ký (dòng in hoa như CHỦ TỊCH trên họ tên)");
            }
            signerTitle = "Phó " + principal;
            notes.add(new ImportNote(0, null, "không thấy dòng chức vụ người ký; tạm ghi chuc_vu: " + signerTitle));
        }
        return new Closing(new Signer(authority, onBehalfOf, principal, signerTitle, name), recipients, archive);
    }

    /** "- VP UBND huyện; (b/c)" → "VP UBND huyện (b/c)": vanban writes the dash and the semicolon. */
    private static String recipient(String line) {
        String text = line.replaceFirst("^[-+•–]\\s*", "");
        text = text.replaceAll("\\s*;\\s*\\(", " (");
        return text(withoutEndPunctuation(text));
    }

    // ------------------------------------------------------------------ text

    /** Upper-case headings as a person writes them in YAML: "MỤC ĐÍCH, YÊU CẦU" → "Mục đích, yêu cầu". */
    private static String caseOf(String text) {
        return TextSource.upperCase(text) ? VietnameseNames.sentenceCase(text) : text;
    }

    /** "PHÓ CHỦ TỊCH" → "Phó Chủ tịch", "CHỦ TỊCH" → "Chủ tịch". */
    private static String titleCase(String text) {
        String sentence = caseOf(text.strip());
        if (sentence.startsWith("Phó ") && sentence.length() > 4) {
            return "Phó " + VietnameseNames.upperFirst(sentence.substring(4));
        }
        return sentence;
    }

    /** "NGUYỄN VĂN AN" → "Nguyễn Văn An". */
    private static String capitalizeWords(String text) {
        return String.join(" ", Arrays.stream(text.strip().split("\\s+"))
                .map(VietnameseNames::sentenceCase).toList());
    }

    private static String withoutColon(String text) {
        String t = text.strip();
        while (t.endsWith(":")) {
            t = t.substring(0, t.length() - 1).stripTrailing();
        }
        return t;
    }

    private static String withoutEndPunctuation(String text) {
        String t = text.strip();
        while (!t.isEmpty() && (t.endsWith(";") || t.endsWith(".") || t.endsWith(","))) {
            t = t.substring(0, t.length() - 1).stripTrailing();
        }
        return t;
    }

    /** Text as the model holds it: "${name}" typed in the document is text, not a variable. */
    private static String text(String text) {
        return VARIABLE.matcher(text).replaceAll("\\$\\$\\{");
    }

    /** Upper case without diacritics, for matching words however they are accented ("HOÀ"/"HÒA"). */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toUpperCase(Locale.ROOT).strip();
    }

    // ------------------------------------------------------------------ builders

    private enum BlockKind { PARAGRAPHS, ITEMS, POINTS, DASHES, DUTIES }

    private static final class BlockBuilder {
        final BlockKind kind;
        final List<Object> elements = new ArrayList<>();

        BlockBuilder(BlockKind kind) {
            this.kind = kind;
        }
    }

    private abstract static class Container {
        final List<BlockBuilder> blocks = new ArrayList<>();

        /** Dash entries under "Các chỉ tiêu" are targets (chi_tieu), reviewed each year. */
        boolean targets() {
            return false;
        }

        List<Block> buildBlocks() {
            List<Block> out = new ArrayList<>();
            for (BlockBuilder block : blocks) {
                switch (block.kind) {
                    case PARAGRAPHS -> out.add(new Block.Paragraphs(block.elements.stream().map(String.class::cast).toList()));
                    case ITEMS -> out.add(new Block.Items(block.elements.stream().map(e -> ((ItemBuilder) e).build()).toList()));
                    case POINTS -> out.add(new Block.Points(entries(block.elements)));
                    case DASHES -> out.add(new Block.Dashes(entries(block.elements), targets()));
                    case DUTIES -> out.add(new Block.Duties(block.elements.stream().map(e -> ((DutyBuilder) e).build()).toList()));
                    default -> throw new IllegalStateException(block.kind.toString());
                }
            }
            return out;
        }

        private static List<Entry> entries(List<Object> elements) {
            return elements.stream().map(e -> ((EntryBuilder) e).build()).toList();
        }
    }

    private static final class PartBuilder extends Container {
        final String title;
        final boolean duties;

        PartBuilder(String title) {
            this.title = title;
            this.duties = fold(title).contains("TO CHUC THUC HIEN");
        }

        Part build() {
            return new Part(title, buildBlocks());
        }
    }

    private static final class ItemBuilder extends Container {
        String title;
        String text;

        @Override
        boolean targets() {
            return title != null && fold(title).contains("CHI TIEU");
        }

        Item build() {
            List<Block> built = buildBlocks();
            Assignment assignment = null;
            if (!built.isEmpty() && built.get(built.size() - 1) instanceof Block.Dashes dashes && !dashes.targets()) {
                AssignmentSplit split = AssignmentSplit.of(dashes.entries());
                if (split != null) {
                    assignment = split.assignment();
                    built = new ArrayList<>(built.subList(0, built.size() - 1));
                    if (!split.rest().isEmpty()) {
                        built.add(new Block.Dashes(split.rest(), false));
                    }
                }
            }
            return new Item(title, text, built, assignment);
        }
    }

    private static final class DutyBuilder extends Container {
        String unit;
        boolean request;
        String text;

        UnitDuty build() {
            return new UnitDuty(unit, request, text, buildBlocks());
        }
    }

    private static final class EntryBuilder {
        final String text;
        final List<EntryBuilder> children = new ArrayList<>();

        EntryBuilder(String text) {
            this.text = text;
        }

        Entry build() {
            return new Entry(text, children.stream().map(EntryBuilder::build).toList());
        }
    }

    /** The "- Đơn vị chủ trì: ...", "- Đơn vị phối hợp: ...", "- Thời gian thực hiện: ..." lines ending an item. */
    private record AssignmentSplit(Assignment assignment, List<Entry> rest) {

        private static final List<String> LABELS = List.of("Đơn vị chủ trì:", "Đơn vị phối hợp:", "Thời gian thực hiện:");

        static AssignmentSplit of(List<Entry> entries) {
            String[] values = new String[LABELS.size()];
            int first = entries.size();
            int label = LABELS.size() - 1;
            for (int i = entries.size() - 1; i >= 0 && label >= 0; i--) {
                Entry entry = entries.get(i);
                int found = -1;
                for (int k = label; k >= 0; k--) {
                    if (entry.children().isEmpty() && entry.text().startsWith(LABELS.get(k))) {
                        found = k;
                        break;
                    }
                }
                if (found < 0) {
                    break;
                }
                values[found] = withoutEndPunctuation(entry.text().substring(LABELS.get(found).length()));
                first = i;
                label = found - 1;
            }
            if (first == entries.size()) {
                return null;
            }
            List<String> partners = values[1] == null ? List.of() : Arrays.stream(values[1].split(",\\s+")).toList();
            return new AssignmentSplit(new Assignment(values[0], partners, values[2]), entries.subList(0, first));
        }
    }
}
