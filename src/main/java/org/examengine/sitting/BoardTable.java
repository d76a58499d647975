package org.examengine.sitting;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jline.utils.AttributedString;

/**
 * The board's table fitted to a width: a paper or centre that every sitting shares moves to the title instead of
 * a column; then, if still too wide, short headings, narrower name columns (cut with "…"), and last the least
 * needed columns go. Every text is made safe to show.
 */
public final class BoardTable {

    enum Column {
        CANDIDATE("CANDIDATE", "CAND", false, true), PAPER("PAPER", "PAPER", false, true),
        CENTRE("CENTRE", "CENTRE", false, true), PHASE("PHASE", "PHASE", false, false),
        LEFT("LEFT", "LEFT", true, false), EXTRA("EXTRA", "EXTRA", true, false),
        ANSWERED("ANSWERED", "ANS", true, false), FLAGS("FLAGS", "FLAG", true, false),
        ACTIVE("LAST ACTIVE", "ACTIVE", false, false), SUBMITTED("SUBMITTED", "SUBM", false, false);

        final String header;
        final String shortHeader;
        final boolean right;
        final boolean flex;

        Column(String header, String shortHeader, boolean right, boolean flex) {
            this.header = header;
            this.shortHeader = shortHeader;
            this.right = right;
            this.flex = flex;
        }
    }

    private static final int MIN_FLEX = 4;
    private static final List<Column> DROP_FIRST = List.of(Column.SUBMITTED, Column.CENTRE, Column.FLAGS, Column.EXTRA,
            Column.PAPER, Column.ACTIVE);

    private final List<Column> columns;
    private final Map<Column, Integer> widths;
    private final boolean shortHeaders;
    private final Optional<String> paper;
    private final Optional<String> centre;
    private final Instant now;
    private final ZoneId zone;

    private BoardTable(List<Column> columns, Map<Column, Integer> widths, boolean shortHeaders, Optional<String> paper,
                       Optional<String> centre, Instant now, ZoneId zone) {
        this.columns = List.copyOf(columns);
        this.widths = widths;
        this.shortHeaders = shortHeaders;
        this.paper = paper;
        this.centre = centre;
        this.now = now;
        this.zone = zone;
    }

    /** The table for these rows at most {@code width} columns wide ({@code Integer.MAX_VALUE}: as wide as needed). */
    public static BoardTable fit(List<RoomRow> rows, int width, Instant now, ZoneId zone) {
        List<RoomRow> readable = rows.stream().filter(r -> r.status() != RoomRow.Status.UNREADABLE).toList();
        Optional<String> paper = common(rows.stream().map(RoomRow::paper).toList());
        Optional<String> centre = common(readable.stream().map(RoomRow::centre).toList());
        List<Column> cols = new ArrayList<>(List.of(Column.values()));
        paper.ifPresent(p -> cols.remove(Column.PAPER));
        centre.ifPresent(c -> cols.remove(Column.CENTRE));
        BoardTable t = new BoardTable(cols, natural(cols, rows, false, now, zone), false, paper, centre, now, zone);
        if (t.width() > width) {
            t = new BoardTable(cols, natural(cols, rows, true, now, zone), true, paper, centre, now, zone);
        }
        while (t.width() > width) {
            Optional<BoardTable> narrower = t.narrower();
            if (narrower.isEmpty()) {
                break;
            }
            t = narrower.get();
        }
        return t;
    }

    /** One step narrower: the widest name column loses a character, or when none can, a column goes. */
    private Optional<BoardTable> narrower() {
        Optional<Column> widest = columns.stream().filter(c -> c.flex && widths.get(c) > MIN_FLEX)
                .max((a, b) -> Integer.compare(widths.get(a), widths.get(b)));
        if (widest.isPresent()) {
            Map<Column, Integer> w = new EnumMap<>(widths);
            w.merge(widest.get(), -1, Integer::sum);
            return Optional.of(new BoardTable(columns, w, shortHeaders, paper, centre, now, zone));
        }
        return DROP_FIRST.stream().filter(columns::contains).findFirst().map(drop -> {
            List<Column> fewer = new ArrayList<>(columns);
            fewer.remove(drop);
            return new BoardTable(fewer, widths, shortHeaders, paper, centre, now, zone);
        });
    }

    /** The paper every sitting shares, shown in the title rather than a column. */
    public Optional<String> commonPaper() {
        return paper;
    }

    public Optional<String> commonCentre() {
        return centre;
    }

    public int width() {
        return columns.stream().mapToInt(widths::get).sum() + Math.max(0, columns.size() - 1);
    }

    public String header() {
        List<String> cells = new ArrayList<>();
        for (Column c : columns) {
            cells.add(pad(shortHeaders ? c.shortHeader : c.header, widths.get(c), c.right));
        }
        return String.join(" ", cells).stripTrailing();
    }

    /** The row's cells, each cut or padded to its column. */
    public List<String> cells(RoomRow row) {
        List<String> cells = new ArrayList<>();
        for (Column c : columns) {
            cells.add(pad(text(c, row, now, zone), widths.get(c), c.right));
        }
        return cells;
    }

    public String line(RoomRow row) {
        return String.join(" ", cells(row)).stripTrailing();
    }

    /** Which cell of a row holds the time left, or -1 when that column is not shown. */
    public int leftCell() {
        return columns.indexOf(Column.LEFT);
    }

    private static Map<Column, Integer> natural(List<Column> cols, List<RoomRow> rows, boolean shortHeaders, Instant now,
                                                ZoneId zone) {
        Map<Column, Integer> w = new EnumMap<>(Column.class);
        for (Column c : cols) {
            int max = columns(shortHeaders ? c.shortHeader : c.header);
            for (RoomRow r : rows) {
                max = Math.max(max, columns(text(c, r, now, zone)));
            }
            w.put(c, max);
        }
        return w;
    }

    static String text(Column c, RoomRow r, Instant now, ZoneId zone) {
        boolean unreadable = r.status() == RoomRow.Status.UNREADABLE;
        return switch (c) {
            case CANDIDATE -> SafeText.visible(r.candidate());
            case PAPER -> SafeText.visible(r.paper());
            case CENTRE -> SafeText.visible(r.centre());
            case PHASE -> r.status().label();
            case LEFT -> r.status() == RoomRow.Status.SUBMITTED ? "-" : r.left().map(Countdown::brief).orElse("-");
            case EXTRA -> r.percent() == 0 ? "" : "+" + r.percent() + "%";
            case ANSWERED -> unreadable ? "-" : r.answered() + "/" + r.questions();
            case FLAGS -> unreadable ? "-" : Integer.toString(r.flagged());
            case ACTIVE -> r.lastActivity().map(t -> TimeText.ago(t, now)).orElse("-");
            case SUBMITTED -> r.submittedAt().map(t -> TimeText.hourMinute(t, zone)).orElse("");
        };
    }

    private static Optional<String> common(List<String> values) {
        return values.isEmpty() || values.stream().distinct().count() != 1 ? Optional.empty() : Optional.of(values.get(0));
    }

    static int columns(String s) {
        return new AttributedString(s).columnLength();
    }

    /** The text cut (with "…") or padded to exactly {@code width} terminal columns. */
    static String pad(String s, int width, boolean right) {
        String cut = cut(s, width);
        String space = " ".repeat(Math.max(0, width - columns(cut)));
        return right ? space + cut : cut + space;
    }

    static String cut(String s, int width) {
        AttributedString a = new AttributedString(s);
        if (a.columnLength() <= width) {
            return s;
        }
        return width <= 0 ? "" : a.columnSubSequence(0, width - 1).toString() + "…";
    }
}
