package vn.vanban.importer;

import static vn.vanban.importer.ImportedText.dateOf;
import static vn.vanban.importer.ImportedText.fold;
import static vn.vanban.importer.ImportedText.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban.docx.UnreadableDocumentException;
import vn.vanban.model.Issuer;
import vn.vanban.model.VietnameseNames;

/**
 * The header of a plan, the lines above its type name: the issuing body's name lines, the number
 * and symbol, the place and date; from them the issuer and the plan's year. The Quốc hiệu and
 * Tiêu ngữ are passed over; any other line is kept for the introduction and noted.
 */
final class HeaderRecognizer {

    private static final Pattern NUMBER = Pattern.compile("^Số\\s*:?\\s*(\\d{0,7})\\s*/\\s*([\\p{L}\\d]+(?:-[\\p{L}\\d]+)*)\\s*(.*)$");
    private static final Pattern PLACE_DATE = Pattern.compile("^([^,]{2,60}),\\s*ngày(.*)$");
    private static final Pattern DATE = Pattern.compile("^\\s*(\\d{1,2})?\\s*tháng\\s*(\\d{1,2})?\\s*năm\\s*(\\d{4})\\b.*$");
    private static final Pattern YEAR = Pattern.compile("\\bnăm\\s+((?:19|20|21)\\d\\d)\\b");

    private final List<ImportNote> notes;

    HeaderRecognizer(List<ImportNote> notes) {
        this.notes = notes;
    }

    /** What the header says, with {@code extra} the lines it could not place. */
    record Header(List<SourceParagraph> nameLines, Integer number, String symbol, String place,
            LocalDate date, Integer year, List<String> extra) {
    }

    Header header(List<SourceParagraph> lines) {
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

    Issuer issuer(Header header) throws UnreadableDocumentException {
        List<SourceParagraph> lines = header.nameLines();
        if (lines.isEmpty()) {
            throw new UnreadableDocumentException("không thấy tên cơ quan ban hành (các dòng in hoa ở góc trên bên trái)");
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
            // The area the issuer's lines name, its chủ quản's for a Sở ("UBND TỈNH LÂM ĐỒNG"), not the Sở's own name.
            String territory = new Issuer(parentLines, nameLines, abbreviation, "", null, null).area()
                    .orElse(VietnameseNames.territoryOf(nameLines.get(nameLines.size() - 1)));
            String unitType = VietnameseNames.unitTypeOf(territory);
            place = unitType == null ? territory
                    : VietnameseNames.placeName(unitType, territory.substring(unitType.length()).strip());
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

    int year(Header header, String subject) {
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
}
