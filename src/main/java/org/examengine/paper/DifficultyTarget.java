package org.examengine.paper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeping papers of a series at a similar expected difficulty: the bank statistics of earlier sittings, the
 * facility assumed for a question without any, and the expected mean (% of the paper's marks) to aim at.
 *
 * @param statistics      the bank statistics
 * @param defaultFacility the facility, %, of a question never sat (the level's, see {@link BankStatistics#levelFacility})
 * @param targetPercent   the expected mean to aim at, %
 */
public record DifficultyTarget(BankStatistics statistics, double defaultFacility, double targetPercent) {
    public DifficultyTarget {
        Objects.requireNonNull(statistics, "statistics");
    }

    /** The expected mean of a selection of bank items. */
    ExpectedMean expectedMean(List<BankItem> chosen) {
        Map<String, Integer> marks = new LinkedHashMap<>();
        chosen.forEach(i -> i.questions().forEach(q -> marks.put(q.id(), q.marks())));
        return statistics.expectedMean(marks, defaultFacility);
    }

    /** How far a selection's expected mean is from the target, in percentage points. */
    double distance(List<BankItem> chosen) {
        return Math.abs(expectedMean(chosen).percent() - targetPercent);
    }
}
