package org.examengine.source;

import java.util.List;
import java.util.Optional;

/**
 * What a reader made of one file: the value (absent when the file could not be parsed at all) and every
 * finding. Commands that need a clean file call {@link #orThrow()}; the validator shows every finding.
 */
public record Read<T>(T value, List<Finding> findings) {

    public Read {
        findings = List.copyOf(findings);
    }

    public static <T> Read<T> failed(ExamException e) {
        return new Read<>(null, List.of(new Finding(e.location(), Severity.ERROR, e.getMessage())));
    }

    public Optional<T> optionalValue() {
        return Optional.ofNullable(value);
    }

    /** The value, or the first error as an {@link ExamException}. */
    public T orThrow() {
        Optional<Finding> firstError = findings.stream().filter(Finding::isError).sorted().findFirst();
        if (firstError.isPresent()) {
            throw ExamException.of(firstError.get());
        }
        return value;
    }
}
