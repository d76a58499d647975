package org.examengine.report;

import java.util.List;

/** Small sums the report writes in words. */
final class Marks {

    private Marks() {
    }

    /** The least mark that is at least {@code percent} % of {@code max}, as the grader compares (exactly). */
    static int atPercent(int percent, int max) {
        return (int) ((percent * (long) max + 99) / 100);
    }

    /** "3, 7 and 10b". */
    static String join(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
