package org.examengine.sitting;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a line of text breaks into screen rows: after the last space that fits, or in the middle of a word
 * longer than a row. Works on cells (one stored character each, with the columns it takes when shown), so the
 * answer editor can map its cursor through the same breaks that the screen draws. A space that would overflow a
 * row hangs at its end rather than starting the next row.
 */
final class SoftWrap {

    private SoftWrap() {
    }

    /** The index of the first cell of each row; always starts with 0, even for an empty line. */
    static List<Integer> rowStarts(int[] widths, boolean[] spaces, int width) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int rowStart = 0;
        int used = 0;
        int afterSpace = -1;
        for (int i = 0; i < widths.length; i++) {
            if (used + widths[i] > width && i > rowStart) {
                if (spaces[i]) {
                    used += widths[i];
                    afterSpace = i + 1;
                    continue;
                }
                int next = afterSpace > rowStart ? afterSpace : i;
                starts.add(next);
                rowStart = next;
                used = 0;
                for (int j = next; j < i; j++) {
                    used += widths[j];
                }
                afterSpace = -1;
            }
            used += widths[i];
            if (spaces[i]) {
                afterSpace = i + 1;
            }
        }
        return starts;
    }

    /** Paper text (a stem, a scenario) as rows of at most {@code width} columns, shown safely. */
    static List<String> lines(String text, int width) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            int[] cps = paragraph.codePoints().toArray();
            String[] shown = new String[cps.length];
            int[] widths = new int[cps.length];
            boolean[] spaces = new boolean[cps.length];
            for (int i = 0; i < cps.length; i++) {
                shown[i] = SafeText.visible(new String(Character.toChars(cps[i])));
                widths[i] = Columns.of(shown[i]);
                spaces[i] = cps[i] == ' ' || cps[i] == '\t';
            }
            List<Integer> starts = rowStarts(widths, spaces, Math.max(1, width));
            for (int r = 0; r < starts.size(); r++) {
                int end = r + 1 < starts.size() ? starts.get(r + 1) : cps.length;
                StringBuilder row = new StringBuilder();
                for (int i = starts.get(r); i < end; i++) {
                    row.append(shown[i]);
                }
                out.add(Columns.cut(row.toString().stripTrailing(), width));
            }
        }
        return out;
    }
}
