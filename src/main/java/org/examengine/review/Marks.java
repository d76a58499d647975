package org.examengine.review;

/** An examiner's mark as typed: a whole number from 0 to the question's marks, nothing else. */
final class Marks {

    private Marks() {
    }

    /** The mark, or null when {@code text} is not a whole number from 0 to {@code max}. */
    static Integer parse(String text, int max) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 3 || !t.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        int mark = Integer.parseInt(t);
        return mark <= max ? mark : null;
    }
}
