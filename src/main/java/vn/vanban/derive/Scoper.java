package vn.vanban.derive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban.model.VietnameseNames;
import vn.vanban.text.Citations;

/**
 * Rewrites a piece of plan text for a lower body with phrase rules ("trên địa bàn tỉnh" → "trên
 * địa bàn xã"): whole words only, any case and either tone placement, the longest phrase first at
 * each place, nothing inside a citation of another document or a ${variable}. A phrase that opens
 * a sentence keeps its capital letter. A replacement that would stand beside its own equal in a
 * coordination ("cấp xã và cấp xã") is not made: the text keeps its words and the replacement is
 * reported as kept, for a person to rewrite.
 */
final class Scoper {

    /**
     * A phrase and what replaces it, both as written.
     *
     * @param placeOnly the phrase is replaced only where it names places, not where it ends a unit's
     *     name: "ở các xã, phường" but not "Ban Chỉ huy phòng thủ dân sự các xã, phường"
     */
    record Rule(String from, String to, boolean placeOnly) {
        Rule(String from, String to) {
            this(from, to, false);
        }
    }

    /** One replacement: [start, end) of the old text, the old words and the new. */
    record Change(int start, int end, String before, String after) {
    }

    /**
     * The new text and its changes, in order.
     *
     * @param kept replacements not made because they would repeat a coordinated phrase; offsets are
     *     those of the text before the changes
     */
    record Scoped(String text, List<Change> changes, List<Change> kept) {
        Scoped {
            changes = List.copyOf(changes);
            kept = List.copyOf(kept);
        }

        boolean changed() {
            return !changes.isEmpty();
        }
    }

    /**
     * Words still pointing at a higher tier, [start, end) in the text.
     *
     * @param collective a tier's units named together ("các xã, phường") rather than a word of a higher tier
     */
    record Mention(int start, int end, String word, boolean collective) {
    }

    /**
     * What the scoper looks for besides its rules.
     *
     * @param upwardWords words of higher tiers ("tỉnh", "Sở", the parent's proper name)
     * @param collectives phrases naming a tier's units together that the child should not keep
     * @param ownNames the child's own names, inside which no word is a mention ("xã Ninh Bình" when the parent is "tỉnh Ninh Bình")
     * @param coordination what counts as a repeated coordinate phrase
     */
    record Lookouts(List<String> upwardWords, List<String> collectives, List<String> ownNames, Coordination coordination) {
        Lookouts {
            upwardWords = List.copyOf(upwardWords);
            collectives = List.copyOf(collectives);
            ownNames = List.copyOf(ownNames);
        }
    }

    private static final Pattern VARIABLE = Pattern.compile("\\$\\$?\\{[^}]*}");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:]\\s*$");
    private static final Pattern CLAUSE_END = Pattern.compile("[.!?:;]");
    /** How far back a capitalised word makes a phrase the end of a unit's name ("Ban Chỉ huy phòng thủ dân sự các xã"). */
    private static final int NAME_REACH = 8;

    private record Folded(String phrase, Rule rule) {
    }

    /** A word or phrase looked for, folded once. */
    private record Sought(String word, String folded, boolean exactCase) {
        static List<Sought> of(List<String> words) {
            return words.stream().map(w -> new Sought(w, FoldedText.fold(w), Character.isUpperCase(w.codePointAt(0))))
                    .filter(w -> !w.folded().isEmpty()).toList();
        }
    }

    /** The rules by the first word of their folded phrase, each list longest first. */
    private final Map<String, List<Folded>> rules = new HashMap<>();
    private final Lookouts lookouts;
    private final List<Sought> upwardWords;
    private final List<Sought> collectives;
    private final List<Sought> ownNames;

    Scoper(List<Rule> rules, List<String> upwardWords) {
        this(rules, new Lookouts(upwardWords, List.of(), List.of(), new Coordination(false)));
    }

    Scoper(List<Rule> rules, Lookouts lookouts) {
        for (Rule rule : rules) {
            String folded = FoldedText.fold(rule.from());
            if (!folded.isEmpty()) {
                this.rules.computeIfAbsent(firstWord(folded, 0), w -> new ArrayList<>()).add(new Folded(folded, rule));
            }
        }
        this.rules.values().forEach(list -> list.sort(Comparator.comparingInt((Folded f) -> f.phrase.length()).reversed()));
        this.lookouts = lookouts;
        this.upwardWords = Sought.of(lookouts.upwardWords());
        this.collectives = Sought.of(lookouts.collectives());
        this.ownNames = Sought.of(lookouts.ownNames());
    }

    Scoped apply(String text) {
        List<Change> changes = matches(text);
        List<Change> kept = new ArrayList<>();
        while (true) {
            String out = replaced(text, changes);
            List<Change> repeating = repeating(text, out, changes);
            if (repeating.isEmpty()) {
                return new Scoped(out, changes, kept);
            }
            changes.removeAll(repeating);
            kept.addAll(repeating);
            kept.sort(Comparator.comparingInt(Change::start));
        }
    }

    private List<Change> matches(String text) {
        FoldedText folded = FoldedText.of(text);
        String f = folded.text();
        List<int[]> protectedSpans = protectedSpans(text);
        List<Change> changes = new ArrayList<>();
        int i = 0;
        while (i < f.length()) {
            Folded match = null;
            if (i == 0 || !Character.isLetterOrDigit(f.charAt(i - 1))) {
                for (Folded rule : rules.getOrDefault(firstWord(f, i), List.of())) {
                    if (f.startsWith(rule.phrase, i) && folded.wholeWords(i, i + rule.phrase.length())
                            && (!rule.rule.placeOnly() || !endsName(text, folded.start(i)))) {
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
        return changes;
    }

    private static String replaced(String text, List<Change> changes) {
        StringBuilder out = new StringBuilder(text);
        for (int k = changes.size() - 1; k >= 0; k--) {
            Change change = changes.get(k);
            out.replace(change.start(), change.end(), change.after());
        }
        return out.toString();
    }

    /**
     * The changes whose new words stand beside their own equal in the new text, and those that give
     * a second, different phrase of the same clause the same new words ("Công an Thành phố chỉ đạo
     * Công an các xã, phường" must not become "Công an phường chỉ đạo Công an phường").
     */
    private List<Change> repeating(String text, String out, List<Change> changes) {
        FoldedText folded = FoldedText.of(out);
        List<Change> repeating = new ArrayList<>();
        int shift = 0;
        for (int k = 0; k < changes.size(); k++) {
            Change change = changes.get(k);
            int start = change.start() + shift;
            int end = start + change.after().length();
            shift += change.after().length() - (change.end() - change.start());
            if (lookouts.coordination().repeats(folded.text(), folded.at(start), folded.at(end))
                    || sameClauseTwice(text, changes, k)) {
                repeating.add(change);
            }
        }
        return repeating;
    }

    private static boolean sameClauseTwice(String text, List<Change> changes, int k) {
        Change change = changes.get(k);
        for (int j = 0; j < k; j++) {
            Change earlier = changes.get(j);
            if (FoldedText.fold(earlier.after()).equals(FoldedText.fold(change.after()))
                    && !FoldedText.fold(earlier.before()).equals(FoldedText.fold(change.before()))
                    && !CLAUSE_END.matcher(text.substring(earlier.end(), change.start())).find()) {
                return true;
            }
        }
        return false;
    }

    /** Words of higher tiers and collectives left in the text, outside citations, variables and the child's own names. */
    List<Mention> upwardMentions(String text) {
        FoldedText folded = FoldedText.of(text);
        List<int[]> spared = protectedSpans(text);
        spared.addAll(spans(folded, ownNames));
        List<Mention> mentions = new ArrayList<>();
        find(text, folded, upwardWords, false, spared, mentions);
        find(text, folded, collectives, true, spared, mentions);
        mentions.sort(Comparator.comparingInt(Mention::start).thenComparing(Comparator.comparingInt(Mention::end).reversed()));
        List<Mention> outermost = new ArrayList<>();
        for (Mention mention : mentions) {
            if (outermost.isEmpty() || mention.start() >= outermost.get(outermost.size() - 1).end()) {
                outermost.add(mention);
            }
        }
        return outermost;
    }

    private static void find(String text, FoldedText folded, List<Sought> words, boolean collective, List<int[]> spared,
            List<Mention> mentions) {
        String f = folded.text();
        for (Sought word : words) {
            String phrase = word.folded();
            for (int i = f.indexOf(phrase); i >= 0; i = f.indexOf(phrase, i + 1)) {
                int start = folded.start(i);
                int end = folded.end(i + phrase.length());
                if (folded.wholeWords(i, i + phrase.length()) && !isProtected(spared, start, end)
                        && (!word.exactCase() || text.startsWith(word.word(), start) && !opensSentence(text, start))) {
                    mentions.add(new Mention(start, end, text.substring(start, end), collective));
                }
            }
        }
    }

    private static List<int[]> spans(FoldedText folded, List<Sought> names) {
        List<int[]> spans = new ArrayList<>();
        for (Sought name : names) {
            String phrase = name.folded();
            for (int i = folded.text().indexOf(phrase); i >= 0; i = folded.text().indexOf(phrase, i + 1)) {
                if (folded.wholeWords(i, i + phrase.length())) {
                    spans.add(new int[] {folded.start(i), folded.end(i + phrase.length())});
                }
            }
        }
        return spans;
    }

    /**
     * Whether the words just before an offset belong to a unit's name: a capitalised word that does
     * not open the sentence, within a few words and no punctuation ("Ban Chỉ huy phòng thủ dân sự").
     */
    private static boolean endsName(String text, int offset) {
        int at = offset;
        for (int words = 0; words < NAME_REACH; words++) {
            while (at > 0 && Character.isWhitespace(text.charAt(at - 1))) {
                at--;
            }
            int end = at;
            while (at > 0 && !Character.isWhitespace(text.charAt(at - 1)) && Character.isLetterOrDigit(text.charAt(at - 1))) {
                at--;
            }
            if (at == end) {
                return false;
            }
            if (Character.isUpperCase(text.codePointAt(at)) && !opensSentence(text, at)) {
                return true;
            }
        }
        return false;
    }

    /** The first word of folded text at i (letters and digits), "" at a non-word. */
    private static String firstWord(String folded, int i) {
        int end = i;
        while (end < folded.length() && Character.isLetterOrDigit(folded.charAt(end))) {
            end++;
        }
        return folded.substring(i, end);
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
