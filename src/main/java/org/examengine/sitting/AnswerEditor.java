package org.examengine.sitting;

/**
 * The answer being written: text with a cursor. Text goes in exactly as typed or pasted (any character, controls
 * and escapes included); only the screen makes it safe. Lines are broken by Enter; on screen they soft-wrap, and
 * Up, Down, Page Up and Page Down move by the rows the candidate sees, keeping the column they started from.
 * Home and End go to the start and end of the line.
 */
final class AnswerEditor {

    private final StringBuilder text;
    private int cursor;
    private int goalColumn = -1;

    AnswerEditor(String text) {
        this.text = new StringBuilder(text);
        this.cursor = text.length();
    }

    String text() {
        return text.toString();
    }

    int cursor() {
        return cursor;
    }

    void insert(String typed) {
        text.insert(cursor, typed);
        cursor += typed.length();
        goalColumn = -1;
    }

    void newLine() {
        insert("\n");
    }

    boolean backspace() {
        if (cursor == 0) {
            return false;
        }
        int from = cursor - Character.charCount(text.codePointBefore(cursor));
        text.delete(from, cursor);
        cursor = from;
        goalColumn = -1;
        return true;
    }

    boolean delete() {
        if (cursor == text.length()) {
            return false;
        }
        text.delete(cursor, cursor + Character.charCount(text.codePointAt(cursor)));
        goalColumn = -1;
        return true;
    }

    void left() {
        if (cursor > 0) {
            cursor -= Character.charCount(text.codePointBefore(cursor));
        }
        goalColumn = -1;
    }

    void right() {
        if (cursor < text.length()) {
            cursor += Character.charCount(text.codePointAt(cursor));
        }
        goalColumn = -1;
    }

    void home() {
        cursor = text.lastIndexOf("\n", cursor - 1) + 1;
        goalColumn = -1;
    }

    void end() {
        int newline = text.indexOf("\n", cursor);
        cursor = newline < 0 ? text.length() : newline;
        goalColumn = -1;
    }

    void up(int wrapWidth) {
        moveRows(-1, wrapWidth);
    }

    void down(int wrapWidth) {
        moveRows(1, wrapWidth);
    }

    /** Up by a screen of {@code rows}, keeping one row of what was shown. */
    void pageUp(int wrapWidth, int rows) {
        moveRows(-Math.max(1, rows - 1), wrapWidth);
    }

    void pageDown(int wrapWidth, int rows) {
        moveRows(Math.max(1, rows - 1), wrapWidth);
    }

    private void moveRows(int by, int wrapWidth) {
        EditorLayout layout = layout(wrapWidth);
        if (goalColumn < 0) {
            goalColumn = layout.cursorColumn();
        }
        int target = layout.cursorRow() + by;
        if (target < 0) {
            cursor = 0;
        } else if (target >= layout.rows().size()) {
            cursor = text.length();
        } else {
            cursor = layout.rows().get(target).offsetAt(goalColumn);
        }
    }

    EditorLayout layout(int wrapWidth) {
        return EditorLayout.of(text.toString(), cursor, wrapWidth);
    }

    int words() {
        return words(text.toString());
    }

    /**
     * Words as a reader counts them: runs of letters and digits, joined by apostrophes or hyphens ("don't",
     * "well-known" are one each); in Chinese and Japanese, which are written without spaces, each character.
     */
    static int words(String s) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            int cp = s.codePointAt(i);
            if (ideographic(cp)) {
                count++;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp)) {
                if (!inWord) {
                    count++;
                }
                inWord = true;
            } else if (!(inWord && joiner(cp))) {
                inWord = false;
            }
        }
        return count;
    }

    private static boolean joiner(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '-' || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    private static boolean ideographic(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
