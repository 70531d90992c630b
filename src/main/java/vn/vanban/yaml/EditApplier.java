package vn.vanban.yaml;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.yaml.YamlEdit.Replacement;
import vn.vanban.yaml.YamlEditor.LineChange;
import vn.vanban.yaml.YamlEditor.Result;

/**
 * Makes {@link YamlEditor}'s edits in one pass and reads the result back: an edit whose preferred
 * form does not read back as asked is written in its next form, until every edit holds. Reports
 * the lines that changed.
 */
final class EditApplier {

    private final YamlTree tree;
    private final SourceText source;
    private final List<YamlEdit> edits;

    EditApplier(YamlTree tree, SourceText source, List<YamlEdit> edits) {
        this.tree = tree;
        this.source = source;
        this.edits = edits;
    }

    /** @throws IllegalArgumentException when edits overlap or a given YAML value cannot stand at its place */
    Result apply() {
        if (edits.isEmpty()) {
            return new Result(source.text(), List.of());
        }
        List<List<List<Replacement>>> candidates = new ArrayList<>();
        for (YamlEdit edit : edits) {
            List<List<Replacement>> forms = edit.forms();
            if (forms.isEmpty()) {
                throw new IllegalArgumentException("the value at " + edit.pointer + " cannot be written");
            }
            candidates.add(forms);
        }
        int[] level = new int[edits.size()];
        while (true) {
            List<Replacement> chosen = new ArrayList<>();
            for (int i = 0; i < edits.size(); i++) {
                chosen.addAll(candidates.get(i).get(level[i]));
            }
            chosen.sort(Comparator.comparingInt(Replacement::start).thenComparingInt(Replacement::end));
            for (int i = 1; i < chosen.size(); i++) {
                if (chosen.get(i).start() < chosen.get(i - 1).end()) {
                    throw new IllegalArgumentException("edits overlap near line " + source.line(chosen.get(i).start()));
                }
            }
            String text = applyAll(chosen);
            List<Integer> failing = failing(text, candidates, level);
            if (failing.isEmpty()) {
                return new Result(text, lineChanges(chosen, text));
            }
            for (int i : failing) {
                level[i]++;
                if (level[i] >= candidates.get(i).size()) {
                    YamlEdit edit = edits.get(i);
                    throw new IllegalArgumentException("the value at " + edit.pointer
                            + " does not read back as given in any form the editor can write");
                }
            }
        }
    }

    /** Indexes of the edits that do not read back as asked. */
    private List<Integer> failing(String text, List<List<List<Replacement>>> candidates, int[] level) {
        List<Integer> failing = new ArrayList<>();
        YamlTree after = reparse(text);
        if (after != null) {
            for (int i = 0; i < edits.size(); i++) {
                if (!edits.get(i).holds(after)) {
                    failing.add(i);
                }
            }
            return failing;
        }
        // The whole no longer parses: find the edits that break it on their own.
        for (int i = 0; i < edits.size(); i++) {
            List<Replacement> alone = new ArrayList<>(candidates.get(i).get(level[i]));
            alone.sort(Comparator.comparingInt(Replacement::start));
            YamlTree single = reparse(applyAll(alone));
            if (single == null || !edits.get(i).holds(single)) {
                failing.add(i);
            }
        }
        if (failing.isEmpty()) {
            for (int i = 0; i < edits.size(); i++) {
                failing.add(i);
            }
        }
        return failing;
    }

    private YamlTree reparse(String text) {
        try {
            return YamlTree.parse(tree.source(), text);
        } catch (InvalidInputException e) {
            return null;
        }
    }

    private String applyAll(List<Replacement> sorted) {
        StringBuilder out = new StringBuilder(source.length() + 64);
        int position = 0;
        for (Replacement r : sorted) {
            out.append(source.text(), position, r.start()).append(r.text());
            position = r.end();
        }
        out.append(source.text(), position, source.length());
        return out.toString();
    }

    /** The old lines each group of replacements touches, and the new lines in their place. */
    private List<LineChange> lineChanges(List<Replacement> sorted, String text) {
        List<LineChange> changes = new ArrayList<>();
        int shift = 0;
        int i = 0;
        while (i < sorted.size()) {
            int firstLine = source.line(sorted.get(i).start());
            int lastLine = lastLine(sorted.get(i));
            int shiftBefore = shift;
            int j = i;
            while (j + 1 < sorted.size() && source.line(sorted.get(j + 1).start()) <= lastLine) {
                j++;
                lastLine = Math.max(lastLine, lastLine(sorted.get(j)));
            }
            for (int k = i; k <= j; k++) {
                shift += sorted.get(k).text().length() - (sorted.get(k).end() - sorted.get(k).start());
            }
            int oldFrom = source.startOfLine(firstLine);
            int oldTo = source.lineEnd(source.startOfLine(lastLine));
            List<String> before = SourceText.lines(source.text().substring(oldFrom, oldTo));
            List<String> after = SourceText.lines(text.substring(oldFrom + shiftBefore, oldTo + shift));
            if (before.size() == after.size()) {
                for (int k = 0; k < before.size(); k++) {
                    if (!before.get(k).equals(after.get(k))) {
                        changes.add(new LineChange(firstLine + k, List.of(before.get(k)), List.of(after.get(k))));
                    }
                }
            } else {
                changes.add(new LineChange(firstLine, before, after));
            }
            i = j + 1;
        }
        return changes;
    }

    /** The last old line a replacement touches; a replaced line break joins the next line in. */
    private int lastLine(Replacement r) {
        if (r.end() == r.start()) {
            return source.line(r.start());
        }
        int last = r.end() - 1;
        return source.line(source.charAt(last) == '\n' ? r.end() : last);
    }
}
