package org.examengine.text;

/**
 * Edit distance with adjacent transpositions ("optimal string alignment"): letters added, dropped,
 * changed, or two neighbours swapped, each one edit. Used on the few answer words that are not English,
 * against a grid's few dozen words, where building Lucene's Levenshtein automata per grid costs more than
 * it saves.
 */
public final class EditDistance {

    private EditDistance() {
    }

    /** Whether {@code a} can be turned into {@code b} in at most {@code max} edits. */
    public static boolean within(CharSequence a, CharSequence b, int max) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > max) {
            return false;
        }
        int[] before = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowBest = i;
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                current[j] = d;
                rowBest = Math.min(rowBest, d);
            }
            if (rowBest > max) {
                return false;
            }
            int[] spare = before;
            before = previous;
            previous = current;
            current = spare;
        }
        return previous[m] <= max;
    }
}
