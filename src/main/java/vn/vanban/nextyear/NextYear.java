package vn.vanban.nextyear;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban.model.DocumentKind;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.text.Excerpt;
import vn.vanban.yaml.YamlEditor;
import vn.vanban.yaml.YamlTree;

/**
 * Last year's plan made into this year's draft, as an edit of the YAML text: {@code nam} becomes
 * the new year, {@code so} and {@code ngay} are cleared (a new draft has neither), and in the text
 * the years that mean the plan year or the year before move on by as many years (see
 * {@link YearMentions} for which ones). Everything else in the file stays as the clerk wrote it.
 *
 * <p>Legal bases ({@code can_cu}) are citations and are never edited; the issuing body, the
 * signer, the archive line and the layout settings hold no plan years and are left alone too.
 * What a person should look at is gathered in a review list.
 */
public final class NextYear {

    /** Top-level keys whose text is not scanned for plan years. */
    private static final Set<String> NOT_TEXT = Set.of("can_cu", "co_quan", "nguoi_ky", "luu", "trinh_bay", "loai",
            "so", "ngay", "nam");

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    /** "số 03/KH-UBND": a document cited by its number in running text. */
    private static final Pattern CITED_NUMBER = Pattern.compile("(?<![\\p{L}])[Ss]ố\\s+[0-9]+(?:/[\\p{L}0-9-]+)+");
    /** The date right after a cited number, in either way the text writes it. */
    private static final Pattern CITED_DATE = Pattern.compile(
            "^\\s*ngày\\s+(?:[0-9]{1,2}[/-][0-9]{1,2}[/-]([0-9]{4})|[0-9]{1,2}\\s+tháng\\s+[0-9]{1,2}\\s+năm\\s+([0-9]{4}))");
    private static final Pattern NUMBER_YEAR = Pattern.compile("/([0-9]{4})/");
    private static final String RESULTS = "ket_qua";
    private static final String PLANNED = "ke_hoach";
    private static final List<String> ACHIEVED = List.of("thuc_hien", "danh_gia");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\$?\\{[^}]*}");
    private static final Pattern FIGURE = Pattern.compile("(?<![\\p{L}\\p{N}])\\d+(?:[.,]\\d+)*(?:\\s?%)?");
    private static final Pattern ISO_DATE = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})");

    private NextYear() {
    }

    /** What to look at again in the new plan. */
    public enum Topic {
        /** A legal basis citing a document of the old year: it probably has a newer version. */
        LEGAL_BASIS,
        /** A target (chi_tieu) with figures: the figures were set for the old year. */
        TARGET,
        /** A date in the text that falls in the old year. */
        DATE,
        /** A year of the old plan kept as written: in a citation, a period ending that year, or without "năm". */
        KEPT_YEAR,
        /** A Báo cáo's results of the old year (thuc_hien, danh_gia), emptied for the new year's figures. */
        RESULT,
        /** A document cited by its number in the text: the new year's counterpart has another number. */
        CITED_NUMBER,
        /** A comment that mentions the old year; comments are never edited. */
        COMMENT
    }

    /** One thing to review: where it is (1-based line) and an excerpt. */
    public record ReviewItem(Topic topic, int line, String text) {
    }

    /**
     * The new document's text, the lines that changed and what to review.
     *
     * @param typeName the document's type as running text names it ("Báo cáo"), for the report
     */
    public record Rollover(String text, String typeName, int fromYear, int toYear, List<YamlEditor.LineChange> changes,
            List<ReviewItem> review) {
        public Rollover {
            changes = List.copyOf(changes);
            review = List.copyOf(review);
        }
    }

    /**
     * @param tree a plan that has passed validation (its {@code nam} is an integer)
     * @param toYear the new plan year
     * @throws InvalidInputException when nam, so or ngay is shared through an alias and cannot be edited alone
     */
    public static Rollover roll(YamlTree tree, int toYear) throws InvalidInputException {
        JsonNode root = tree.root();
        int fromYear = root.path("nam").intValue();
        YamlEditor editor = YamlEditor.of(tree);
        List<ReviewItem> review = new ArrayList<>();

        editable(tree, editor, "/nam");
        editor.setNumber("/nam", toYear);
        for (String draftField : List.of("so", "ngay")) {
            if (root.has(draftField) && !root.get(draftField).isNull()) {
                editable(tree, editor, "/" + draftField);
                editor.setNull("/" + draftField);
            }
        }
        Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!NOT_TEXT.contains(field.getKey())) {
                rollText(editor, field.getValue(), YamlTree.child("", field.getKey()), fromYear, toYear, false, review);
            }
        }
        reviewLegalBases(editor, root.path("can_cu"), fromYear, toYear, review);
        for (YamlEditor.Comment comment : editor.comments()) {
            if (mentionsYear(comment.text(), fromYear)) {
                review.add(new ReviewItem(Topic.COMMENT, comment.line(), "#" + comment.text()));
            }
        }
        review.sort(java.util.Comparator.comparing(ReviewItem::topic).thenComparingInt(ReviewItem::line));
        YamlEditor.Result result = editor.apply();
        String typeName = DocumentKind.fromKey(root.path("loai").asText(DocumentKind.KE_HOACH.key()))
                .orElse(DocumentKind.KE_HOACH).displayName();
        return new Rollover(result.text(), typeName, fromYear, toYear, result.changes(), review);
    }

    private static void editable(YamlTree tree, YamlEditor editor, String pointer) throws InvalidInputException {
        if (!editor.canEdit(pointer)) {
            throw new InvalidInputException(tree.errorAt(pointer, pointer.substring(1)
                    + ": giá trị dùng chung qua bí danh (&, *); next-year chỉ sửa được giá trị viết trực tiếp"));
        }
    }

    private static void rollText(YamlEditor editor, JsonNode node, String pointer, int fromYear, int toYear,
            boolean target, List<ReviewItem> review) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equals(RESULTS) && field.getValue().isArray()) {
                    emptyResults(editor, field.getValue(), YamlTree.child(pointer, RESULTS), fromYear, toYear, review);
                    continue;
                }
                rollText(editor, field.getValue(), YamlTree.child(pointer, field.getKey()), fromYear, toYear,
                        target || field.getKey().equals("chi_tieu"), review);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                rollText(editor, node.get(i), YamlTree.child(pointer, i), fromYear, toYear, target, review);
            }
        } else if (node.isTextual() && editor.scalarText(pointer) != null) {
            rollScalar(editor, pointer, fromYear, toYear, target, review);
        }
    }

    private static void rollScalar(YamlEditor editor, String pointer, int fromYear, int toYear, boolean target,
            List<ReviewItem> review) {
        String raw = editor.scalarText(pointer);
        String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
        // NFC never adds or removes an ASCII digit, so the k-th run of digits is the same in both.
        List<int[]> rawRuns = YearMentions.spans(DIGITS, raw);
        List<int[]> nfcRuns = YearMentions.spans(DIGITS, nfc);
        Matcher cited = CITED_NUMBER.matcher(nfc);
        while (cited.find()) {
            if (citesYear(cited.group(), nfc.substring(cited.end()), fromYear)) {
                review.add(new ReviewItem(Topic.CITED_NUMBER, editor.line(pointer),
                        Excerpt.around(nfc, cited.start(), cited.end())));
            }
        }
        if (target && hasFigures(nfc)) {
            review.add(new ReviewItem(Topic.TARGET, editor.line(pointer), Excerpt.head(nfc) + figures(nfc)));
        }
        StringBuilder rolled = new StringBuilder(raw);
        boolean changed = false;
        List<YearMentions.Mention> mentions = YearMentions.find(nfc);
        for (int m = mentions.size() - 1; m >= 0; m--) {
            YearMentions.Mention mention = mentions.get(m);
            int[] rawRun = rawRuns.get(indexOf(nfcRuns, mention.start()));
            int year = mention.year();
            boolean planOrPrevious = year == fromYear || year == fromYear - 1;
            if (mention.kind() == YearMentions.Kind.PLAN_YEAR && planOrPrevious) {
                rolled.replace(rawRun[0], rawRun[1], Integer.toString(year + toYear - fromYear));
                changed = true;
                continue;
            }
            Topic topic = reviewTopic(mention, fromYear);
            if (topic != null) {
                review.add(new ReviewItem(topic, editor.line(pointer, rawRun[0]), Excerpt.around(nfc, mention.start(), mention.end())));
            }
        }
        if (changed && editor.canEdit(pointer)) {
            editor.setText(pointer, rolled.toString());
        } else if (changed) {
            review.add(new ReviewItem(Topic.KEPT_YEAR, editor.line(pointer),
                    Excerpt.head(nfc) + " (giá trị dùng chung qua bí danh *, không sửa)"));
        }
    }

    /**
     * A Báo cáo's table of results: what was achieved and its assessment belong to the old year,
     * and a report carried over with them would state them as the new year's, so they are emptied
     * (null: "not yet known", as the schema says) and each is listed with its old value; the
     * planned level stays, listed like a target's figures; the target's own text rolls as any text.
     */
    private static void emptyResults(YamlEditor editor, JsonNode rows, String pointer, int fromYear, int toYear,
            List<ReviewItem> review) {
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            String rowPointer = YamlTree.child(pointer, i);
            String target = row.path("chi_tieu").asText("");
            if (row.has("chi_tieu")) {
                rollText(editor, row.get("chi_tieu"), YamlTree.child(rowPointer, "chi_tieu"), fromYear, toYear, false, review);
            }
            if (row.hasNonNull(PLANNED)) {
                review.add(new ReviewItem(Topic.TARGET, editor.line(YamlTree.child(rowPointer, PLANNED)),
                        Excerpt.head(target) + ": kế hoạch " + row.get(PLANNED).asText()));
            }
            for (String key : ACHIEVED) {
                String field = YamlTree.child(rowPointer, key);
                if (!row.hasNonNull(key)) {
                    continue;
                }
                String old = Excerpt.head(target) + ": " + (key.equals("thuc_hien") ? "thực hiện " : "đánh giá ")
                        + row.get(key).asText();
                if (editor.canEdit(field)) {
                    editor.setNull(field);
                    review.add(new ReviewItem(Topic.RESULT, editor.line(field), old + " (đã xóa)"));
                } else {
                    review.add(new ReviewItem(Topic.RESULT, editor.line(field), old
                            + " (giá trị dùng chung qua bí danh *, không sửa)"));
                }
            }
        }
    }

    /**
     * Whether a document cited by number may be one of the old year, whose counterpart this year
     * has another number: its date ("ngày 09/01/2026", "ngày 9 tháng 1 năm 2026") or the year in
     * its number (178/2004/NĐ-CP) says so, or nothing says otherwise. A document dated another
     * year (a decree, last decade's programme) stays what it is.
     */
    private static boolean citesYear(String number, String after, int fromYear) {
        Matcher date = CITED_DATE.matcher(after);
        if (date.find()) {
            return Integer.parseInt(date.group(1) != null ? date.group(1) : date.group(2)) == fromYear;
        }
        Matcher year = NUMBER_YEAR.matcher(number);
        return !year.find() || Integer.parseInt(year.group(1)) == fromYear;
    }

    /** Dates of the old year; years of the old plan that stay; nothing for the rest. */
    private static Topic reviewTopic(YearMentions.Mention mention, int fromYear) {
        int year = mention.year();
        return switch (mention.kind()) {
            case DATE -> year == fromYear ? Topic.DATE : null;
            case CITATION, PERIOD_END -> year == fromYear ? Topic.KEPT_YEAR : null;
            case BARE -> year == fromYear || year == fromYear - 1 ? Topic.KEPT_YEAR : null;
            default -> null;
        };
    }

    /** Legal bases that cite a document of the old year, by its date, its symbol or its text. */
    private static void reviewLegalBases(YamlEditor editor, JsonNode bases, int fromYear, int toYear,
            List<ReviewItem> review) {
        for (int i = 0; i < bases.size(); i++) {
            JsonNode basis = bases.get(i);
            String pointer = YamlTree.child("/can_cu", i);
            if (basis.isTextual()) {
                if (mentionsYear(basis.textValue(), fromYear)) {
                    review.add(new ReviewItem(Topic.LEGAL_BASIS, editor.line(pointer), Excerpt.head(basis.textValue())));
                }
                continue;
            }
            JsonNode document = basis.path("van_ban");
            boolean old = false;
            for (String key : List.of("so", "ngay", "trich_yeu", "loai", "co_quan")) {
                old |= document.path(key).isTextual() && mentionsYear(document.path(key).textValue(), fromYear);
            }
            if (old) {
                review.add(new ReviewItem(Topic.LEGAL_BASIS, editor.line(pointer), citation(document)));
            }
        }
    }

    /** "Kế hoạch số 1083/KH-SYT ngày 31/3/2023 của UBND tỉnh Thanh Hóa", as the renderer would cite it. */
    private static String citation(JsonNode document) {
        StringBuilder text = new StringBuilder(document.path("loai").asText(""));
        if (document.hasNonNull("so")) {
            text.append(" số ").append(document.path("so").asText());
        }
        Matcher date = ISO_DATE.matcher(document.path("ngay").asText(""));
        if (date.matches()) {
            text.append(" ngày ").append(Integer.parseInt(date.group(3))).append('/')
                    .append(Integer.parseInt(date.group(2))).append('/').append(date.group(1));
        }
        if (document.hasNonNull("co_quan")) {
            text.append(" của ").append(document.path("co_quan").asText());
        }
        return text.toString().strip();
    }

    /** Whether the year appears in the text as a year of its own (not inside a longer number). */
    static boolean mentionsYear(String text, int year) {
        Matcher m = DIGITS.matcher(text);
        while (m.find()) {
            if (m.group().equals(Integer.toString(year))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasFigures(String text) {
        String withoutVariables = VARIABLE.matcher(text).replaceAll("");
        return withoutVariables.chars().anyMatch(c -> Character.isDigit(c) || c == '%');
    }

    /** " [100%, 3%, 20%]": the figures of a target, years excluded. */
    private static String figures(String text) {
        List<String> figures = new ArrayList<>();
        Set<Integer> yearStarts = new java.util.HashSet<>();
        for (YearMentions.Mention mention : YearMentions.find(text)) {
            yearStarts.add(mention.start());
        }
        Matcher m = FIGURE.matcher(VARIABLE.matcher(text).replaceAll(
                match -> " ".repeat(match.group().length())));
        while (m.find()) {
            if (!yearStarts.contains(m.start())) {
                figures.add(m.group().replace(" ", ""));
            }
        }
        return figures.isEmpty() ? "" : " [" + String.join(", ", figures) + "]";
    }


    private static int indexOf(List<int[]> runs, int start) {
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i)[0] == start) {
                return i;
            }
        }
        throw new IllegalStateException("a year found in the text is not a run of digits");
    }
}
