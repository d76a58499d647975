package org.examengine.validate;

import java.util.List;
import java.util.Objects;
import org.examengine.bank.BankFile;
import org.examengine.grid.GridFile;
import org.examengine.paper.Blueprint;
import org.examengine.source.Finding;

/** Everything read from the paths given to the validator, with the findings met while reading. */
public record SourceSet(List<BankFile> banks, List<GridFile> grids, List<Blueprint> blueprints, List<Finding> findings,
                        int files) {
    public SourceSet {
        Objects.requireNonNull(banks, "banks");
        banks = List.copyOf(banks);
        grids = List.copyOf(grids);
        blueprints = List.copyOf(blueprints);
        findings = List.copyOf(findings);
    }
}
