package org.examengine.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.examengine.paper.GradingRules;
import org.examengine.paper.Paper;
import org.examengine.paper.PaperQuestion;
import org.examengine.paper.PaperReader;
import org.examengine.paper.ScenarioTask;
import org.examengine.source.DocumentParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A paper written and read back is the same paper; nothing is left behind when writing fails. */
class PaperFilesTest {

    @TempDir
    Path dir;

    private final Paper paper = new Paper("L1-3", 1, "111/021", 3L, "sha256:00", 60, 5, 5,
            List.of(new PaperQuestion("1", "L1-001", 2, 3, 1, "1.1", "FL", "Name two \"internal\" customers.")),
            List.of(new ScenarioTask("2", "L1-S01", "A customer rings, upset…", List.of(
                    new PaperQuestion("2a", "L1-040", 1, 1, 4, "4.1", "FM", "What should you say first?"),
                    new PaperQuestion("2b", "L1-041", 2, 2, 4, "4.2", "FM", "Then what?")))),
            new GradingRules(55, 75, 4, 40, 3, 45));

    @Test
    void aWrittenPaperReadsBackTheSame() {
        Path file;
        try (PaperFiles files = new PaperFiles()) {
            file = files.write(paper, dir);
            assertThat(file).doesNotExist();
            files.commit();
        }
        assertThat(file.getFileName().toString()).isEqualTo("L1-3.json");
        assertThat(new PaperReader(new DocumentParser()).read(file, "L1-3.json").orThrow()).isEqualTo(paper);
    }

    @Test
    void anUncommittedPaperLeavesNoFile() throws Exception {
        try (PaperFiles files = new PaperFiles()) {
            files.write(paper, dir);
        }
        try (var left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aPaperWithoutGradingRulesIsGradedByTheDefaultsAndInconsistentRulesAreRefused() throws Exception {
        String json = new PaperFiles().toJson(paper);
        Path old = dir.resolve("old.json");
        Files.writeString(old, json.replaceAll("(?s)\\s*\"grading\" : \\{[^}]*},", ""));
        assertThat(Files.readString(old)).doesNotContain("grading");
        PaperReader reader = new PaperReader(new DocumentParser());
        assertThat(reader.read(old, "old.json").orThrow().grading()).isEqualTo(GradingRules.DEFAULTS);

        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, json.replace("\"first_class\" : 75", "\"first_class\" : 50"));
        assertThat(reader.read(bad, "bad.json").findings()).anySatisfy(f ->
                assertThat(f.render()).contains("bad.json:", "grading rules do not fit together"));
    }
}
