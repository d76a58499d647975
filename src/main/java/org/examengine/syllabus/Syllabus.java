package org.examengine.syllabus;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The qualification as a value: levels with their units, timings, learning outcomes and assessment
 * criteria, and the performance codes. Every other package asks this, never its own copy.
 */
public record Syllabus(String qualification, String title, List<Level> levels, List<PerformanceCode> codes) {

    public Syllabus {
        Objects.requireNonNull(qualification, "qualification");
        Objects.requireNonNull(title, "title");
        levels = List.copyOf(levels);
        codes = List.copyOf(codes);
    }

    /** The catalogue shipped inside the jar. */
    public static Syllabus standard() {
        return new SyllabusLoader().loadStandard();
    }

    public Optional<Level> level(int number) {
        return levels.stream().filter(l -> l.number() == number).findFirst();
    }

    public Optional<PerformanceCode> code(String code) {
        return codes.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The topic codes a question at this level may carry, in table order. */
    public List<PerformanceCode> topicsAt(int level) {
        return codes.stream().filter(c -> c.topic() && c.appliesAt(level)).toList();
    }

    /** "1, 2, 3": the level numbers, for messages. */
    public String levelNumbers() {
        return String.join(", ", levels.stream().map(l -> Integer.toString(l.number())).toList());
    }
}
