package org.examengine.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.examengine.grading.Grade;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped sample sets are what the demo marks and what a centre first looks at: each spreads 30 candidates from
 * clear fail to first class (with a candidate who answered too little and one who misread questions), and
 * {@code exam mark} gives them close to the marks their writers intended. A change to the marker or the grids that
 * moves it away from those marks fails here; {@code scripts/accuracy --samples} shows the detail.
 */
class SampleSetsTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();

    @ParameterizedTest(name = "Level {0}")
    @ValueSource(ints = {1, 2, 3})
    void spreadsThirtyCandidatesFromClearFailToFirstClass(int level, @TempDir Path out) throws IOException {
        SampleSet.Comparison c = compare(level, out);
        assertThat(c.candidates()).hasSize(30);
        assertThat(c.candidates()).extracting(k -> k.intended().grade())
                .contains(Grade.FAIL, Grade.PASS, Grade.FIRST_CLASS_PASS);
        assertThat(c.candidates()).filteredOn(k -> k.intended().codes().contains("AB")).hasSize(1);
        assertThat(c.candidates()).filteredOn(k -> k.intended().codes().contains("FK")).isNotEmpty();
        assertThat(c.candidates()).filteredOn(k -> k.intended().total() * 100 < k.intended().max() * 40).isNotEmpty();
    }

    @ParameterizedTest(name = "Level {0}")
    @ValueSource(ints = {1, 2, 3})
    void theMarkerGivesCloseToTheIntendedMarks(int level, @TempDir Path out) throws IOException {
        SampleSet.Comparison c = compare(level, out);
        assertThat(c.answers().exact()).as("answers given exactly the intended mark").isGreaterThanOrEqualTo(0.75);
        assertThat(c.withinOne()).as("answers within one mark").isGreaterThanOrEqualTo(0.95);
        assertThat(c.meanTotalDifference()).as("mean difference of totals, marks")
                .isLessThanOrEqualTo(c.paper().marks() * 0.05);
        assertThat(c.sameGrades()).as("candidates given the intended grade").isGreaterThanOrEqualTo(25);
    }

    private static SampleSet.Comparison compare(int level, Path out) throws IOException {
        SampleSet set = SampleSet.at(ROOT, level).orElseThrow(() -> new AssertionError("no Level " + level + " sample set"));
        return set.compare(ROOT.resolve("question-banks"), ROOT.resolve("marking-grids"), out.resolve("marked"));
    }
}
