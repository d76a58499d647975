package org.examengine.source;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the fields of one mapping of a format (a question, a grid, a point...), adding a finding for every
 * unknown, missing or ill-typed field instead of stopping at the first, so an author sees them all at
 * once. Every message names the field and the thing it belongs to.
 */
public final class Fields {

    /** Ids are letters, digits, '-', '_' and '.', as the formats say. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]+");

    private final Node.Mapping map;
    private final String owner;
    private final List<Finding> findings;

    private Fields(Node.Mapping map, String owner, List<Finding> findings) {
        this.map = map;
        this.owner = owner;
        this.findings = findings;
    }

    /**
     * Starts reading {@code node} as a mapping with only the {@code allowed} keys. Returns {@code null}, with
     * a finding, when the node is not a mapping.
     *
     * @param owner what the mapping is, for messages: "question L1-004", "grid for L1-004"
     */
    public static Fields of(Node node, String owner, Set<String> allowed, List<Finding> findings) {
        if (!(node instanceof Node.Mapping mapping)) {
            findings.add(Finding.error(node.location(), owner + " must be a mapping of fields, found " + node.description()));
            return null;
        }
        Fields fields = new Fields(mapping, owner, findings);
        for (Node.Entry entry : mapping.entries().values()) {
            if (!allowed.contains(entry.key())) {
                findings.add(Finding.error(entry.keyLocation(), "unknown field '" + entry.key() + "' in " + owner
                        + " (expected " + String.join(", ", new LinkedHashSet<>(allowed)) + ")"));
            }
        }
        return fields;
    }

    /** The text of a mapping's own field (its id, say) for naming it in messages, or {@code null}. */
    public static String peek(Node node, String key) {
        if (node instanceof Node.Mapping m && m.entry(key) != null && m.entry(key).value() instanceof Node.Scalar s
                && !s.text().isBlank()) {
            return s.text();
        }
        return null;
    }

    public Node.Mapping mapping() {
        return map;
    }

    public SourceLocation location() {
        return map.location();
    }

    /** Where the field's value is written, or the mapping's own place when the field is absent. */
    public SourceLocation at(String key) {
        Node.Entry entry = map.entry(key);
        return entry == null ? map.location() : entry.value().location();
    }

    public boolean has(String key) {
        Node.Entry entry = map.entry(key);
        return entry != null && !(entry.value() instanceof Node.Scalar s && s.kind() == Node.ScalarKind.NULL);
    }

    /** Every field's place, for records that point at one of their fields later. */
    public Map<String, SourceLocation> fieldLocations() {
        Map<String, SourceLocation> out = new java.util.LinkedHashMap<>();
        map.entries().forEach((key, entry) -> out.put(key, entry.value().location()));
        return out;
    }

    public String requiredText(String key) {
        if (!present(key)) {
            return null;
        }
        return text(key);
    }

    public String optionalText(String key) {
        return has(key) ? text(key) : null;
    }

    public String requiredId(String key) {
        String id = requiredText(key);
        return id == null ? null : checkId(key, id);
    }

    public String optionalId(String key) {
        String id = optionalText(key);
        return id == null ? null : checkId(key, id);
    }

    public Integer requiredInt(String key, int min) {
        if (!present(key)) {
            return null;
        }
        return integer(key, min);
    }

    public Integer optionalInt(String key, int min, Integer fallback) {
        return has(key) ? integer(key, min) : fallback;
    }

    /** A list of text values (phrases); each comes back with its own place. */
    public List<Node.Scalar> textList(String key, boolean required) {
        if (required ? !present(key) : !has(key)) {
            return List.of();
        }
        Node value = map.entry(key).value();
        if (!(value instanceof Node.Sequence seq)) {
            error(key, "field '" + key + "' of " + owner + " must be a list, found " + value.description());
            return List.of();
        }
        List<Node.Scalar> out = new ArrayList<>();
        for (Node item : seq.items()) {
            if (item instanceof Node.Scalar s && isText(s)) {
                if (s.text().isBlank()) {
                    findings.add(Finding.error(s.location(), "field '" + key + "' of " + owner + " has an empty entry"));
                } else {
                    out.add(s);
                }
            } else {
                findings.add(Finding.error(item.location(), "each entry of '" + key + "' in " + owner
                        + " must be text, found " + item.description() + quoteHint(item)));
            }
        }
        if (required && out.isEmpty() && seq.items().isEmpty()) {
            error(key, "field '" + key + "' of " + owner + " must not be empty");
        }
        return out;
    }

    /** A list of whole numbers, each at least {@code min}; empty when absent, or when any entry is wrong. */
    public List<Integer> intList(String key, int min) {
        List<Integer> out = new ArrayList<>();
        boolean wrong = false;
        for (Node item : list(key, false)) {
            if (item instanceof Node.Scalar s && s.kind() == Node.ScalarKind.WHOLE_NUMBER
                    && s.text().strip().length() < 10 && Integer.parseInt(s.text().strip()) >= min) {
                out.add(Integer.parseInt(s.text().strip()));
            } else {
                findings.add(Finding.error(item.location(), "each entry of '" + key + "' in " + owner
                        + " must be a whole number of " + min + " or more, found " + item.description()
                        + (item instanceof Node.Scalar s ? " '" + s.text() + "'" : "")));
                wrong = true;
            }
        }
        return wrong ? List.of() : out;
    }

    /** The items of a list field (empty when absent and optional). */
    public List<Node> list(String key, boolean required) {
        if (required ? !present(key) : !has(key)) {
            return List.of();
        }
        Node value = map.entry(key).value();
        if (value instanceof Node.Sequence seq) {
            return seq.items();
        }
        error(key, "field '" + key + "' of " + owner + " must be a list, found " + value.description());
        return List.of();
    }

    /** A nested mapping field, or {@code null} (with a finding if it has the wrong shape). */
    public Node.Mapping nested(String key, boolean required) {
        if (required ? !present(key) : !has(key)) {
            return null;
        }
        Node value = map.entry(key).value();
        if (value instanceof Node.Mapping m) {
            return m;
        }
        error(key, "field '" + key + "' of " + owner + " must be a mapping, found " + value.description());
        return null;
    }

    public void error(String key, String message) {
        findings.add(Finding.error(at(key), message));
    }

    public void warning(String key, String message) {
        findings.add(Finding.warning(at(key), message));
    }

    private boolean present(String key) {
        if (has(key)) {
            return true;
        }
        findings.add(Finding.error(map.location(), "missing field '" + key + "' in " + owner));
        return false;
    }

    private String text(String key) {
        Node value = map.entry(key).value();
        if (value instanceof Node.Scalar s && isText(s)) {
            if (s.text().isBlank()) {
                error(key, "field '" + key + "' of " + owner + " must not be blank");
                return null;
            }
            return s.text();
        }
        error(key, "field '" + key + "' of " + owner + " must be text, found " + value.description() + quoteHint(value));
        return null;
    }

    private Integer integer(String key, int min) {
        Node value = map.entry(key).value();
        if (value instanceof Node.Scalar s && s.kind() == Node.ScalarKind.WHOLE_NUMBER) {
            try {
                int n = Integer.parseInt(s.text().strip());
                if (n < min) {
                    error(key, "field '" + key + "' of " + owner + " must be " + min + " or more, found " + n);
                    return null;
                }
                return n;
            } catch (NumberFormatException e) {
                error(key, "field '" + key + "' of " + owner + " is not a usable whole number: " + s.text());
                return null;
            }
        }
        error(key, "field '" + key + "' of " + owner + " must be a whole number, found " + value.description());
        return null;
    }

    private String checkId(String key, String id) {
        if (!ID.matcher(id).matches()) {
            error(key, "field '" + key + "' of " + owner + " must use only letters, digits, '-', '_' and '.', found '" + id + "'");
            return null;
        }
        return id;
    }

    /** Numbers such as 3.3 are accepted where text is expected: an AC written without quotes. */
    private static boolean isText(Node.Scalar s) {
        return s.kind() == Node.ScalarKind.TEXT || s.kind() == Node.ScalarKind.WHOLE_NUMBER || s.kind() == Node.ScalarKind.DECIMAL;
    }

    private static String quoteHint(Node value) {
        return value instanceof Node.Scalar s && s.kind() == Node.ScalarKind.BOOLEAN
                ? " ('" + s.text() + "' reads as true/false: put it in quotes)"
                : "";
    }

    /** Keys in the order given, for {@link #of}. */
    public static Set<String> keys(String... names) {
        return new LinkedHashSet<>(List.of(names));
    }
}
