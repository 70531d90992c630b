package vn.vanban.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * The words that differ between two texts. Text is cut into runs of white space and runs of
 * anything else, and the longest common subsequence of those runs is kept: a change of one word
 * in a long paragraph is one small hunk, and two changes far apart are two hunks.
 */
final class WordDiff {

    /** Old text [oldFrom, oldTo) becomes the replacement. */
    record Hunk(int oldFrom, int oldTo, String replacement) {
    }

    /** Above this many token pairs the middle is replaced as one hunk rather than compared. */
    private static final long MAX_CELLS = 4_000_000L;

    private WordDiff() {
    }

    static List<Hunk> diff(String before, String after) {
        List<int[]> a = tokens(before);
        List<int[]> b = tokens(after);
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && same(before, a.get(prefix), after, b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && same(before, a.get(a.size() - 1 - suffix), after, b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        int n = a.size() - prefix - suffix;
        int m = b.size() - prefix - suffix;
        List<Hunk> hunks = new ArrayList<>();
        if (n == 0 && m == 0) {
            return hunks;
        }
        if ((long) n * m > MAX_CELLS || n == 0 || m == 0) {
            hunks.add(hunk(before, after, a, b, prefix, prefix + n, prefix, prefix + m));
            return hunks;
        }
        // lcs[i][j]: common tokens of a[prefix+i..] and b[prefix+j..]
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = same(before, a.get(prefix + i), after, b.get(prefix + j))
                        ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        int hunkI = -1;
        int hunkJ = -1;
        while (i < n || j < m) {
            if (i < n && j < m && same(before, a.get(prefix + i), after, b.get(prefix + j))) {
                if (hunkI >= 0) {
                    hunks.add(hunk(before, after, a, b, prefix + hunkI, prefix + i, prefix + hunkJ, prefix + j));
                    hunkI = -1;
                }
                i++;
                j++;
                continue;
            }
            if (hunkI < 0) {
                hunkI = i;
                hunkJ = j;
            }
            if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                j++;
            } else {
                i++;
            }
        }
        if (hunkI >= 0) {
            hunks.add(hunk(before, after, a, b, prefix + hunkI, prefix + n, prefix + hunkJ, prefix + m));
        }
        return hunks;
    }

    private static Hunk hunk(String before, String after, List<int[]> a, List<int[]> b,
            int aFrom, int aTo, int bFrom, int bTo) {
        int oldFrom = aFrom < a.size() ? a.get(aFrom)[0] : before.length();
        int oldTo = aTo > aFrom ? a.get(aTo - 1)[1] : oldFrom;
        int newFrom = bFrom < b.size() ? b.get(bFrom)[0] : after.length();
        int newTo = bTo > bFrom ? b.get(bTo - 1)[1] : newFrom;
        return new Hunk(oldFrom, oldTo, after.substring(newFrom, newTo));
    }

    private static boolean same(String x, int[] tx, String y, int[] ty) {
        int length = tx[1] - tx[0];
        return length == ty[1] - ty[0] && x.regionMatches(tx[0], y, ty[0], length);
    }

    /** [start, end) of each run of white space and each run of other characters. */
    static List<int[]> tokens(String text) {
        List<int[]> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            boolean space = Character.isWhitespace(text.charAt(i));
            int j = i + 1;
            while (j < text.length() && Character.isWhitespace(text.charAt(j)) == space) {
                j++;
            }
            tokens.add(new int[] {i, j});
            i = j;
        }
        return tokens;
    }
}
