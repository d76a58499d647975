package org.examengine.report;

/**
 * Makes a cell safe to open in a spreadsheet: a value starting with {@code = + - @}, a tab or a carriage
 * return would be run as a formula, so it gets a leading apostrophe. Commons CSV does not do this.
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    /** The value {@link #neutralise} was given: a cell read back from a file exam wrote. */
    public static String restore(String cell) {
        if (cell != null && cell.length() >= 2 && cell.charAt(0) == '\'' && neutralise(cell.substring(1)).equals(cell)) {
            return cell.substring(1);
        }
        return cell;
    }
}
