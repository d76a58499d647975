package org.examengine.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.examengine.source.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The complete example in docs/formats.md is valid, so the documentation cannot drift from the code. */
class DocsExampleTest {

    @TempDir
    Path dir;

    private static String block(String doc, String file) {
        Matcher m = Pattern.compile(Pattern.quote("`" + file + "`:") + "\\s*```yaml\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        assertThat(m.find()).as("docs/formats.md shows %s", file).isTrue();
        return m.group(1);
    }

    @Test
    void theCompleteExampleValidatesWithoutFindings() throws Exception {
        String doc = Files.readString(Path.of("docs/formats.md"));
        Fixture fixture = new Fixture(dir)
                .remove(Fixture.BANK_FILE).remove(Fixture.GRID_FILE).remove(Fixture.BLUEPRINT_FILE)
                .put("question-banks/level2/confidentiality.yaml", block(doc, "question-banks/level2/confidentiality.yaml"))
                .put("marking-grids/level2/confidentiality.yaml", block(doc, "marking-grids/level2/confidentiality.yaml"));
        ValidationReport report = fixture.validate();
        assertThat(report.findings()).extracting(Finding::render).isEmpty();
        assertThat(report.questions()).isEqualTo(3);
        assertThat(report.grids()).isEqualTo(3);
    }
}
