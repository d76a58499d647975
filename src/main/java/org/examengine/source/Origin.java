package org.examengine.source;

import java.util.Map;
import java.util.Objects;

/** Where a record was written, and where each of its fields was, so later checks can point at a field. */
public record Origin(SourceLocation location, Map<String, SourceLocation> fields) {
    public Origin {
        Objects.requireNonNull(location, "location");
        fields = Map.copyOf(fields);
    }

    public static Origin of(Fields fields) {
        return new Origin(fields.location(), fields.fieldLocations());
    }

    /** The place of a field, or of the record itself when the field was not written. */
    public SourceLocation of(String field) {
        return fields.getOrDefault(field, location);
    }
}
