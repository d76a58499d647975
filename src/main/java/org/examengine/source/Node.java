package org.examengine.source;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A YAML or JSON value that remembers where it was written, so that every later check can point at the
 * exact line and column. Readers turn these into the project's records.
 */
public sealed interface Node permits Node.Mapping, Node.Sequence, Node.Scalar {

    SourceLocation location();

    /** What this node is, in words for messages: "a mapping", "a list", "text", "a number"... */
    String description();

    /** One {@code key: value} pair of a mapping, with the place of the key. */
    record Entry(String key, SourceLocation keyLocation, Node value) {
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(keyLocation, "keyLocation");
            Objects.requireNonNull(value, "value");
        }
    }

    /** A mapping, keys in the order written. */
    record Mapping(SourceLocation location, Map<String, Entry> entries) implements Node {
        public Mapping {
            Objects.requireNonNull(location, "location");
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public Entry entry(String key) {
            return entries.get(key);
        }

        @Override
        public String description() {
            return "a mapping";
        }
    }

    /** A list. */
    record Sequence(SourceLocation location, List<Node> items) implements Node {
        public Sequence {
            Objects.requireNonNull(location, "location");
            items = List.copyOf(items);
        }

        @Override
        public String description() {
            return "a list";
        }
    }

    /** A single value, kept as the text written, with what the parser took it to be. */
    record Scalar(SourceLocation location, String text, ScalarKind kind) implements Node {
        public Scalar {
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(kind, "kind");
        }

        @Override
        public String description() {
            return kind.description();
        }
    }

    /** What a scalar was read as. */
    enum ScalarKind {
        TEXT("text"),
        WHOLE_NUMBER("a whole number"),
        DECIMAL("a decimal number"),
        BOOLEAN("true or false"),
        NULL("an empty value");

        private final String description;

        ScalarKind(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }
}
