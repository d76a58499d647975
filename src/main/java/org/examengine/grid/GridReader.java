package org.examengine.grid;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.examengine.source.Document;
import org.examengine.source.DocumentParser;
import org.examengine.source.ExamException;
import org.examengine.source.Fields;
import org.examengine.source.Finding;
import org.examengine.source.Node;
import org.examengine.source.Origin;
import org.examengine.source.Read;

/**
 * Reads a marking-grid file. Checks the format's shape and what a grid says about itself (point ids,
 * groups, example marks within range); checks against the questions are the validator's.
 */
public final class GridReader {

    static final Set<String> FILE_KEYS = Fields.keys("grids");
    static final Set<String> GRID_KEYS =
            Fields.keys("question", "max", "groups", "points", "marks_by_count", "reject", "misread", "guidance", "examples");
    static final Set<String> POINT_KEYS = Fields.keys("id", "marks", "group", "needs", "accept");
    static final Set<String> GROUP_KEYS = Fields.keys("cap");
    static final Set<String> EXAMPLE_KEYS = Fields.keys("answer", "mark");

    private final DocumentParser parser;

    public GridReader(DocumentParser parser) {
        this.parser = parser;
    }

    public Read<GridFile> read(Path path, String shownAs) {
        try {
            return read(parser.parse(path, shownAs));
        } catch (ExamException e) {
            return Read.failed(e);
        }
    }

    public Read<GridFile> read(Document document) {
        List<Finding> findings = new ArrayList<>(document.findings());
        Fields top = Fields.of(document.root(), "a marking-grid file", FILE_KEYS, findings);
        if (top == null) {
            return new Read<>(null, findings);
        }
        List<Grid> grids = new ArrayList<>();
        for (Node node : top.list("grids", true)) {
            Grid grid = grid(node, findings);
            if (grid != null) {
                grids.add(grid);
            }
        }
        return new Read<>(new GridFile(document.file(), grids), findings);
    }

    private static Grid grid(Node node, List<Finding> findings) {
        String written = Fields.peek(node, "question");
        String name = written == null ? "a grid" : "grid for " + written;
        Fields f = Fields.of(node, name, GRID_KEYS, findings);
        if (f == null) {
            return null;
        }
        String question = f.requiredId("question");
        Integer max = f.requiredInt("max", 1);
        Map<String, Group> groups = groups(f, name, findings);
        List<Point> points = new ArrayList<>();
        Set<String> pointIds = new HashSet<>();
        for (Node p : f.list("points", true)) {
            Point point = point(p, name, findings);
            if (point == null) {
                continue;
            }
            if (!pointIds.add(point.id())) {
                findings.add(Finding.error(point.origin().of("id"), name + " has two points with id '" + point.id() + "'"));
            }
            if (point.group() != null && !groups.containsKey(point.group())) {
                findings.add(Finding.error(point.origin().of("group"), "point '" + point.id() + "' of " + name
                        + " names group '" + point.group() + "', which is not under 'groups'"));
            }
            points.add(point);
        }
        for (Group group : groups.values()) {
            if (points.stream().noneMatch(p -> group.id().equals(p.group()))) {
                findings.add(Finding.warning(group.location(), "group '" + group.id() + "' of " + name + " has no points"));
            }
        }
        checkNeeds(points, name, findings);
        List<Integer> marksByCount = marksByCount(f, name, max, points.stream().mapToInt(Point::marks).sum());
        List<Phrase> reject = phrases(f, "reject");
        List<Phrase> misread = phrases(f, "misread");
        String guidance = f.optionalText("guidance");
        List<Example> examples = new ArrayList<>();
        for (Node e : f.list("examples", false)) {
            Fields ef = Fields.of(e, "an example of " + name, EXAMPLE_KEYS, findings);
            if (ef == null) {
                continue;
            }
            String answer = ef.requiredText("answer");
            Integer mark = ef.requiredInt("mark", 0);
            if (mark != null && max != null && mark > max) {
                ef.error("mark", "example of " + name + " expects " + mark + " marks, more than the grid's max of " + max);
                continue;
            }
            if (answer != null && mark != null) {
                examples.add(new Example(answer, mark, Origin.of(ef)));
            }
        }
        if (question == null || max == null) {
            return null;
        }
        return new Grid(question, max, groups, points, marksByCount, reject, misread, guidance, examples, Origin.of(f));
    }

    /** A point may need another point of the grid, one level deep; a 0-mark point is there to be needed. */
    private static void checkNeeds(List<Point> points, String name, List<Finding> findings) {
        Map<String, Point> byId = new LinkedHashMap<>();
        points.forEach(p -> byId.putIfAbsent(p.id(), p));
        Set<String> needed = new HashSet<>();
        for (Point p : points) {
            if (p.needs() == null) {
                continue;
            }
            Point gate = byId.get(p.needs());
            if (gate == null || gate == p) {
                findings.add(Finding.error(p.origin().of("needs"), "point '" + p.id() + "' of " + name + " needs '"
                        + p.needs() + "', which is " + (gate == null ? "not a point of this grid" : "itself")));
            } else if (gate.needs() != null) {
                findings.add(Finding.error(p.origin().of("needs"), "point '" + p.id() + "' of " + name + " needs '"
                        + p.needs() + "', which itself needs '" + gate.needs() + "': only one level is allowed"));
            } else {
                needed.add(gate.id());
            }
        }
        for (Point p : points) {
            if (p.marks() == 0 && !needed.contains(p.id())) {
                findings.add(Finding.warning(p.origin().of("marks"), "point '" + p.id() + "' of " + name
                        + " earns 0 marks and no point needs it, so it never counts"));
            }
        }
    }

    /** The optional table from the points' total to the mark. */
    private static List<Integer> marksByCount(Fields f, String name, Integer max, int pointMarks) {
        List<Integer> table = f.intList("marks_by_count", 0);
        if (table.isEmpty()) {
            if (f.has("marks_by_count") && f.list("marks_by_count", false).isEmpty()) {
                f.error("marks_by_count", "field 'marks_by_count' of " + name + " must not be empty");
            }
            return table;
        }
        for (int i = 0; i < table.size(); i++) {
            if (max != null && table.get(i) > max) {
                f.error("marks_by_count", "entry " + i + " of 'marks_by_count' in " + name + " gives " + table.get(i)
                        + " marks, more than the grid's max of " + max);
                return List.of();
            }
            if (i > 0 && table.get(i) < table.get(i - 1)) {
                f.error("marks_by_count", "'marks_by_count' in " + name + " must not go down: " + table.get(i - 1)
                        + " marks for " + (i - 1) + " point(s), then " + table.get(i) + " for " + i);
                return List.of();
            }
        }
        if (table.get(0) != 0) {
            f.error("marks_by_count", "'marks_by_count' in " + name + " must start at 0: nothing credited earns nothing");
            return List.of();
        }
        if (table.size() > pointMarks + 1) {
            f.warning("marks_by_count", "'marks_by_count' in " + name + " has " + table.size() + " entries, but its "
                    + "points total at most " + pointMarks + ": the later entries never apply");
        }
        return table;
    }

    private static Map<String, Group> groups(Fields f, String name, List<Finding> findings) {
        Map<String, Group> groups = new LinkedHashMap<>();
        Node.Mapping node = f.nested("groups", false);
        if (node == null) {
            return groups;
        }
        for (Node.Entry entry : node.entries().values()) {
            if (!Fields.ID.matcher(entry.key()).matches()) {
                findings.add(Finding.error(entry.keyLocation(), "group name '" + entry.key() + "' of " + name
                        + " must use only letters, digits, '-', '_' and '.'"));
                continue;
            }
            Fields g = Fields.of(entry.value(), "group '" + entry.key() + "' of " + name, GROUP_KEYS, findings);
            if (g == null) {
                continue;
            }
            Integer cap = g.requiredInt("cap", 1);
            if (cap != null) {
                groups.put(entry.key(), new Group(entry.key(), cap, entry.keyLocation()));
            }
        }
        return groups;
    }

    private static Point point(Node node, String grid, List<Finding> findings) {
        String written = Fields.peek(node, "id");
        String name = (written == null ? "a point" : "point '" + written + "'") + " of " + grid;
        Fields f = Fields.of(node, name, POINT_KEYS, findings);
        if (f == null) {
            return null;
        }
        String id = f.requiredId("id");
        Integer marks = f.optionalInt("marks", 0, 1);
        String group = f.optionalId("group");
        String needs = f.optionalId("needs");
        List<Phrase> accept = phrases(f, "accept", true);
        if (id == null || marks == null) {
            return null;
        }
        return new Point(id, marks, group, needs, accept, Origin.of(f));
    }

    private static List<Phrase> phrases(Fields f, String key) {
        return phrases(f, key, false);
    }

    private static List<Phrase> phrases(Fields f, String key, boolean required) {
        return f.textList(key, required).stream().map(s -> new Phrase(s.text().strip(), s.location())).toList();
    }
}
