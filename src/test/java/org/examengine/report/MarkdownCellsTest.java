package org.examengine.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownCellsTest {

    @Test
    void cellTextCannotBreakTheTableOrReachTheTerminal() {
        assertThat(MarkdownCells.text("a|b\nc")).isEqualTo("a\\|b c");
        assertThat(MarkdownCells.text("<script>*x*</script>")).isEqualTo("\\<script\\>\\*x\\*\\</script\\>");
        assertThat(MarkdownCells.text("\u001b[31mred\u202e")).isEqualTo("\\u001b\\[31mred\\u202e");
    }

    @Test
    void headerAlignsEachColumnAsAsked() {
        assertThat(MarkdownCells.header("lr", List.of("Name", "n"))).isEqualTo("| Name | n |\n|---|---:|\n");
    }
}
