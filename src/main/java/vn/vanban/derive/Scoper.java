package vn.vanban.derive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban.model.VietnameseNames;
import vn.vanban.text.Citations;

/**
 * Rewrites a piece of plan text for a lower body with phrase rules ("trên địa bàn tỉnh" → "trên
 * địa bàn xã"): whole words only, any case and either tone placement, the longest phrase first at
 * each place, nothing inside a citation of another document or a ${variable}. A phrase that opens
 * a sentence keeps its capital letter.
 */
final class Scoper {

    /** A phrase and what replaces it, both as written. */
    record Rule(String from, String to) {
    }

    /** One replacement: [start, end) of the old text, the old words and the new. */
    record Change(int start, int end, String before, String after) {
    }

    /** The new text and its changes, in order. */
    record Scoped(String text, List<Change> changes) {
        Scoped {
            changes = List.copyOf(changes);
        }

        boolean changed() {
            return !changes.isEmpty();
        }
    }

    /** A word still pointing at a higher tier, [start, end) in the text. */
    record Mention(int start, int end, String word) {
    }

    private static final Pattern VARIABLE = Pattern.compile("\\$\\$?\\{[^}]*}");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:]\\s*$");

    private record Folded(String phrase, Rule rule) {
    }

    private final List<Folded> rules = new ArrayList<>();
    private final List<String> upwardWords;

    Scoper(List<Rule> rules, List<String> upwardWords) {
        for (Rule rule : rules) {
            String folded = FoldedText.fold(rule.from());
            if (!folded.isEmpty()) {
                this.rules.add(new Folded(folded, rule));
            }
        }
        this.rules.sort(Comparator.comparingInt((Folded f) -> f.phrase.length()).reversed());
        this.upwardWords = List.copyOf(upwardWords);
    }

    Scoped apply(String text) {
        FoldedText folded = FoldedText.of(text);
        String f = folded.text();
        List<int[]> protectedSpans = protectedSpans(text);
        List<Change> changes = new ArrayList<>();
        int i = 0;
        while (i < f.length()) {
            Folded match = null;
            if (i == 0 || !Character.isLetterOrDigit(f.charAt(i - 1))) {
                for (Folded rule : rules) {
                    if (f.startsWith(rule.phrase, i) && folded.wholeWords(i, i + rule.phrase.length())) {
                        match = rule;
                        break;
                    }
                }
            }
            if (match == null) {
                i++;
                continue;
            }
            int start = folded.start(i);
            int end = folded.end(i + match.phrase.length());
            if (!isProtected(protectedSpans, start, end)) {
                String before = text.substring(start, end);
                String after = match.rule.to();
                if (Character.isUpperCase(before.codePointAt(0)) && opensSentence(text, start)) {
                    after = VietnameseNames.upperFirst(after);
                }
                if (!after.equals(before)) {
                    changes.add(new Change(start, end, before, after));
                }
            }
            i += match.phrase.length();
        }
        StringBuilder out = new StringBuilder(text);
        for (int k = changes.size() - 1; k >= 0; k--) {
            Change change = changes.get(k);
            out.replace(change.start(), change.end(), change.after());
        }
        return new Scoped(out.toString(), changes);
    }

    /** The words of higher tiers left in the text, outside citations and variables. */
    List<Mention> upwardMentions(String text) {
        FoldedText folded = FoldedText.of(text);
        String f = folded.text();
        List<int[]> protectedSpans = protectedSpans(text);
        List<Mention> mentions = new ArrayList<>();
        for (String word : upwardWords) {
            boolean exactCase = Character.isUpperCase(word.codePointAt(0));
            String phrase = FoldedText.fold(word);
            for (int i = f.indexOf(phrase); i >= 0; i = f.indexOf(phrase, i + 1)) {
                int start = folded.start(i);
                int end = folded.end(i + phrase.length());
                if (folded.wholeWords(i, i + phrase.length()) && !isProtected(protectedSpans, start, end)
                        && (!exactCase || text.startsWith(word, start) && !opensSentence(text, start))) {
                    mentions.add(new Mention(start, end, text.substring(start, end)));
                }
            }
        }
        mentions.sort(Comparator.comparingInt(Mention::start));
        return mentions;
    }

    private static List<int[]> protectedSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        for (Citations.Span span : Citations.find(text)) {
            spans.add(new int[] {span.start(), span.end()});
        }
        Matcher m = VARIABLE.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return spans;
    }

    private static boolean isProtected(List<int[]> spans, int start, int end) {
        for (int[] span : spans) {
            if (start < span[1] && end > span[0]) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensSentence(String text, int start) {
        String before = text.substring(0, start);
        return before.isBlank() || SENTENCE_END.matcher(before).find();
    }
}
