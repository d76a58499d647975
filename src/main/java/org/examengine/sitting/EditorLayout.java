package org.examengine.sitting;

import java.util.ArrayList;
import java.util.List;

/**
 * An answer as the screen shows it: each line soft-wrapped into rows of at most {@code wrapWidth} columns, every
 * character shown through {@link SafeText} (a control as {@code ^[}, marked with the {@link Tone#CONTROL} tone), and
 * where the cursor falls. A row lists its cursor stops (offsets into the stored text) with their columns, so moving
 * up and down keeps to what the candidate sees.
 */
record EditorLayout(List<EditorLayout.Row> rows, int cursorRow, int cursorColumn) {

    /** One screen row: its text, the tones of shown controls, and the cursor stops with their columns. */
    record Row(ScreenLine line, int[] stops, int[] columns) {

        /** The stop nearest to {@code column} without passing it. */
        int offsetAt(int column) {
            int best = stops[0];
            for (int i = 0; i < stops.length; i++) {
                if (columns[i] <= column) {
                    best = stops[i];
                }
            }
            return best;
        }
    }

    static EditorLayout of(String text, int cursor, int wrapWidth) {
        List<Row> rows = new ArrayList<>();
        int cursorRow = 0;
        int cursorColumn = 0;
        int lineStart = 0;
        while (true) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            for (Row row : line(text, lineStart, lineEnd, Math.max(1, wrapWidth))) {
                for (int i = 0; i < row.stops().length; i++) {
                    if (row.stops()[i] == cursor) {
                        cursorRow = rows.size();
                        cursorColumn = row.columns()[i];
                    }
                }
                rows.add(row);
            }
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        return new EditorLayout(rows, cursorRow, cursorColumn);
    }

    private static List<Row> line(String text, int start, int end, int wrapWidth) {
        List<Integer> offsets = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (int i = start; i < end; i += Character.charCount(text.codePointAt(i))) {
            offsets.add(i);
            shown.add(SafeText.visible(new String(Character.toChars(text.codePointAt(i)))));
        }
        int n = offsets.size();
        int[] widths = new int[n];
        boolean[] spaces = new boolean[n];
        for (int i = 0; i < n; i++) {
            widths[i] = Columns.of(shown.get(i));
            char c = text.charAt(offsets.get(i));
            spaces[i] = c == ' ' || c == '\t';
        }
        List<Integer> starts = SoftWrap.rowStarts(widths, spaces, wrapWidth);
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < starts.size(); r++) {
            boolean last = r == starts.size() - 1;
            int from = starts.get(r);
            int to = last ? n : starts.get(r + 1);
            int count = to - from + (last ? 1 : 0);
            int[] stops = new int[count];
            int[] columns = new int[count];
            LineBuilder b = new LineBuilder();
            int column = 0;
            for (int i = from; i < to; i++) {
                stops[i - from] = offsets.get(i);
                columns[i - from] = column;
                int cp = text.codePointAt(offsets.get(i));
                b.append(shown.get(i), SafeText.hidden(cp) && cp != '\t' ? Tone.CONTROL : Tone.PLAIN);
                column += widths[i];
            }
            if (last) {
                stops[count - 1] = end;
                columns[count - 1] = column;
            }
            rows.add(new Row(b.build(), stops, columns));
        }
        return rows;
    }
}
