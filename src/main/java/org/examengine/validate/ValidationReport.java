package org.examengine.validate;

import java.util.List;
import org.examengine.source.Finding;

/** Everything {@code exam validate} found: findings in file order, and coverage per level. */
public record ValidationReport(int files, int questions, int grids, int blueprints, List<Finding> findings,
                               List<Coverage> coverage) {
    public ValidationReport {
        findings = findings.stream().sorted().toList();
        coverage = List.copyOf(coverage);
    }

    public long errors() {
        return findings.stream().filter(Finding::isError).count();
    }

    public long warnings() {
        return findings.size() - errors();
    }

    public boolean clean() {
        return errors() == 0;
    }
}
