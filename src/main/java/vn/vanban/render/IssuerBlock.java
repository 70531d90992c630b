package vn.vanban.render;

import java.util.ArrayList;
import java.util.List;
import vn.vanban.render.FontMetrics.Style;

/**
 * The issuing body's lines (ô 2) as they are printed: a name too wide for its column broken
 * where a reader expects it, and the length of the rule under the block.
 */
final class IssuerBlock {

    /** Unit words that can stand on a line of their own above a long proper name, longest first. */
    private static final List<String> UNIT_WORDS = List.of(
            "THÀNH PHỐ", "THỊ XÃ", "THỊ TRẤN", "ĐẶC KHU", "TỈNH", "HUYỆN", "QUẬN", "PHƯỜNG", "XÃ");

    private IssuerBlock() {
    }

    /**
     * The line as it is printed: itself when it fits the column; otherwise broken in two where
     * both halves fit — before a unit word ("UBND" / "THÀNH PHỐ HỒ CHÍ MINH"), or after the unit
     * word it starts with, so that the proper name stands whole ("PHƯỜNG" / "TRƯƠNG QUANG TRỌNG");
     * else after a hyphen or a comma; else between any two words; among equals where the halves
     * are most even, and never before a hyphen. Failing that, as many words on each line as fit.
     * A word wider than the column stays too wide (the layout warns about it).
     */
    static List<String> fitted(String line, Style style, double size, int columnWidth) {
        if (width(line, style, size) <= columnWidth) {
            return List.of(line);
        }
        List<String> words = List.of(line.strip().split(" +"));
        List<String> best = null;
        int bestRank = Integer.MAX_VALUE;
        int bestWidth = Integer.MAX_VALUE;
        for (int i = 1; i < words.size(); i++) {
            List<String> halves = List.of(String.join(" ", words.subList(0, i)), String.join(" ", words.subList(i, words.size())));
            int wider = Math.max(width(halves.get(0), style, size), width(halves.get(1), style, size));
            if (wider > columnWidth || words.get(i).startsWith("-")) {
                continue;
            }
            int rank = startsWithUnitWord(halves.get(1)) || UNIT_WORDS.contains(halves.get(0)) ? 0
                    : halves.get(0).endsWith("-") || halves.get(0).endsWith(",") ? 1 : 2;
            if (rank < bestRank || (rank == bestRank && wider < bestWidth)) {
                best = halves;
                bestRank = rank;
                bestWidth = wider;
            }
        }
        return best != null ? best : wrapped(words, style, size, columnWidth);
    }

    private static boolean startsWithUnitWord(String text) {
        return UNIT_WORDS.stream().anyMatch(word -> text.startsWith(word + " "));
    }

    private static List<String> wrapped(List<String> words, Style style, double size, int columnWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : words) {
            String longer = current.length() == 0 ? word : current + " " + word;
            if (current.length() > 0 && width(longer, style, size) > columnWidth && !word.startsWith("-")) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(longer);
            }
        }
        lines.add(current.toString());
        return lines;
    }

    /**
     * The rule under the issuing body: 1/3 to 1/2 of the line it stands under ("độ dài bằng từ
     * 1/3 đến 1/2 độ dài của dòng chữ", Phụ lục I, mục II.2.b), and of every other line of the
     * body's name too where one length suits them all (then {@code share} of the line above if that
     * suits them all, else the middle of the lengths that do). Where none does — "XÃ LÌA" under "ỦY BAN NHÂN
     * DÂN" — it keeps to the line above, as near the other lines' lengths as that allows.
     *
     * @param widths the widths of the issuing body's lines, the line the rule stands under last
     */
    static long ruleLength(List<Integer> widths, double share) {
        double above = widths.get(widths.size() - 1);
        int widest = widths.stream().mapToInt(Integer::intValue).max().orElseThrow();
        int narrowest = widths.stream().mapToInt(Integer::intValue).min().orElseThrow();
        double low = widest / 3.0;
        double high = narrowest / 2.0;
        if (low <= high) {
            double preferred = share * above;
            return Math.round(preferred >= low && preferred <= high ? preferred : (low + high) / 2);
        }
        return Math.round(clamp((low + high) / 2, above / 3, above / 2));
    }

    private static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }

    private static int width(String text, Style style, double size) {
        return FontMetrics.widthTwips(text, style, size);
    }
}
