package vn.vanban.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.vanban.docx.ReadDocument.Para;

/**
 * Collects findings. A finding that recurs with the same wording on many paragraphs (a body set in
 * 12 pt, Arial everywhere) is reported once, naming every paragraph, instead of once per paragraph.
 */
final class Findings {

    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, Aggregate> aggregates = new LinkedHashMap<>();

    private static final class Aggregate {
        final Rule rule;
        final String actual;
        final List<Para> paras = new ArrayList<>();

        Aggregate(Rule rule, String actual) {
            this.rule = rule;
            this.actual = actual;
        }
    }

    /** The document as a whole is wrong (page set-up, a component not found). */
    void document(Rule rule, String actual) {
        findings.add(new Finding(rule, List.of(), "", message(rule, actual)));
    }

    /** A component not found: "không tìm thấy ...". */
    void notFound(Rule rule, String what) {
        document(rule, "không tìm thấy " + what);
    }

    void at(Rule rule, Para para, String actual) {
        at(rule, para, actual, null);
    }

    /** @param correction the paragraph's text as it should be written, or null */
    void at(Rule rule, Para para, String actual, String correction) {
        findings.add(new Finding(rule, List.of(para.number()), VietnameseText.excerpt(para.text()),
                message(rule, actual, correction), correction));
    }

    void at(Rule rule, Line line, String actual) {
        at(rule, line, actual, null);
    }

    /** @param correction the line as it should be written, or null */
    void at(Rule rule, Line line, String actual, String correction) {
        findings.add(new Finding(rule, List.of(line.para().number()), VietnameseText.excerpt(line.text()),
                message(rule, actual, correction), correction));
    }

    /** The same finding on many paragraphs is reported once with all of them. */
    void many(Rule rule, Para para, String actual) {
        Aggregate a = aggregates.computeIfAbsent(rule.id() + "\u0000" + actual, k -> new Aggregate(rule, actual));
        if (!a.paras.contains(para)) {
            a.paras.add(para);
        }
    }

    private static String message(Rule rule, String actual) {
        return message(rule, actual, null);
    }

    /** What is wrong, the corrected text where there is one, then what the decree asks. */
    private static String message(Rule rule, String actual, String correction) {
        String fix = correction == null ? "" : ", sửa thành: \"" + CorrectedText.shortened(correction) + "\"";
        return actual + fix + "; " + rule.expected();
    }

    /** Findings by paragraph (the document as a whole first), then in the order of the rules. */
    List<Finding> list() {
        List<Finding> out = new ArrayList<>(findings);
        for (Aggregate a : aggregates.values()) {
            List<Integer> numbers = a.paras.stream().map(Para::number).sorted().toList();
            Para first = a.paras.stream().min(Comparator.comparingInt(Para::number)).orElseThrow();
            String actual = numbers.size() == 1 ? a.actual : a.actual + " (ở " + numbers.size() + " đoạn)";
            out.add(new Finding(a.rule, numbers, VietnameseText.excerpt(first.text()), message(a.rule, actual)));
        }
        List<String> order = Rules.all().stream().map(Rule::id).toList();
        out.sort(Comparator.comparingInt(Finding::paragraph).thenComparingInt(f -> order.indexOf(f.rule().id())));
        return out;
    }
}
