package org.examengine.syllabus;

import java.util.Objects;
import java.util.Set;

/**
 * A performance code from the handbook's table. Topic codes (FL...FS) name a syllabus area a question can
 * evidence; the others (AA, AB, FK) describe how a candidate failed.
 */
public record PerformanceCode(String code, String area, Set<Integer> levels, boolean topic) {
    public PerformanceCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(area, "area");
        levels = Set.copyOf(levels);
    }

    public boolean appliesAt(int level) {
        return levels.contains(level);
    }
}
