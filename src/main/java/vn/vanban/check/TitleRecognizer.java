package vn.vanban.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.vanban.check.Components.FoundRule;
import vn.vanban.check.RuleFinder.RuleSearch;
import vn.vanban.docx.ReadDocument.Para;
import vn.vanban.nd30.DocumentType;

/** The type name ("KẾ HOẠCH") under the header, and the subject with the rule under it. */
record TitleRecognizer(DocumentLines lines, RuleFinder rules) {

    /**
     * Type names of Điều 7 by comparison key; "CÔNG VĂN" among them, since a clerk does type it over
     * a letter, which has no type name (the checks say so).
     */
    private static final Map<String, DocumentType> TYPE_NAMES = typeNames();

    /**
     * The type name and subject found; none found when typeName is null.
     *
     * @param type the type the type name names, or null
     * @param end the index of the first paragraph after the title and the rule under it
     */
    record Title(Line typeName, DocumentType type, List<Line> subject, FoundRule subjectRule, int end) {

        /** The Phụ lục III abbreviation of the type name, or null (none found, or "CÔNG VĂN"). */
        String typeAbbreviation() {
            return type == null ? null : type.abbreviation();
        }
    }

    private static Map<String, DocumentType> typeNames() {
        Map<String, DocumentType> names = new LinkedHashMap<>();
        for (DocumentType type : DocumentType.values()) {
            if (!type.isCopy()) {
                names.put(VietnameseText.key(type.displayName()), type);
            }
        }
        return names;
    }

    /** The paragraph whose first line is a type name, after the Quốc hiệu's paragraph; or -1. */
    int typeNameIndex(int nationalTitleIndex) {
        for (int i = nationalTitleIndex + 1; i < Math.min(lines.paras().size(), 80); i++) {
            Para p = lines.paras().get(i);
            if (p.blank() || (p.place().inTable() && p.place().cellsInRow() >= 2)) {
                continue;
            }
            List<Line> found = lines.lines(p);
            if (!found.isEmpty() && found.get(0).alone() && TYPE_NAMES.containsKey(found.get(0).key())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The type name in the paragraph at typeIndex and the subject under it; without a type name
     * (typeIndex -1) none, and the title ends where the header does.
     */
    Title title(int typeIndex, int headerEnd) {
        if (typeIndex < 0) {
            return new Title(null, null, List.of(), null, headerEnd);
        }
        List<Line> subject = new ArrayList<>();
        List<Line> typeLines = lines.lines(lines.paras().get(typeIndex));
        Line typeName = typeLines.get(0);
        subject.addAll(typeLines.subList(1, typeLines.size()));
        int next = typeIndex + 1;
        // The subject's first paragraph is whatever follows the type name, whatever its first
        // word ("Thực hiện ..." is a subject when it is set as one: centred or bold) and centred
        // or not (a misaligned subject is a finding, not a missing one); further lines must be
        // centred. Only a paragraph set as body text that opens the body is not a subject.
        while (next < lines.paras().size() && subject.size() < 6) {
            Para p = lines.paras().get(next);
            boolean first = subject.isEmpty();
            if (p.blank() || p.place().inTable() || DocumentLines.ruleText(p.text()) || (!first && !p.centered())
                    || (first && BodyClassifier.opensBody(p) && !p.centered() && !DocumentLines.mostlyBold(p))) {
                break;
            }
            subject.addAll(lines.lines(p));
            next++;
        }
        int end = next;
        FoundRule subjectRule = null;
        if (!subject.isEmpty()) {
            RuleSearch search = rules.ruleUnder(subject.get(subject.size() - 1), null);
            subjectRule = search.found();
            end = Math.max(end, search.endIndex());
        }
        return new Title(typeName, TYPE_NAMES.get(typeName.key()), List.copyOf(subject), subjectRule, end);
    }
}
