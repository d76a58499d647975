package org.examengine.sitting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.examengine.source.ExamException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {

    @TempDir
    Path dir;

    private static final Instant T = Instant.parse("2026-11-23T09:00:00Z");

    private Path journalWith(String... answers) {
        Path file = dir.resolve("C01.T1-2026.journal.jsonl");
        try (Journal j = Journal.create(file)) {
            j.append(new Entry.Opened(T, "C01", "X", "T1-2026", "sha256:x", PaperIdentity.digests(Papers.small()), 5, 60, 0));
            for (String a : answers) {
                j.append(new Entry.AnswerSaved(T, "L1-201", a));
            }
        }
        return file;
    }

    @Test
    void anAnswerComesBackExactlyAsTypedWhateverItHolds() throws IOException {
        String typed = "Çà va? 顧客 👍\u0007bell \u001b[31mred\u001b[0m\ttab\r\n\"quoted\" \\ back" + "x".repeat(10_000);
        Path file = journalWith(typed);
        Journal.Contents c = Journal.read(file, "j");
        assertThat(((Entry.AnswerSaved) c.entries().get(1)).text()).isEqualTo(typed);
        assertThat(c.torn()).isEmpty();
        assertThat(Files.readString(file, StandardCharsets.UTF_8).lines()).hasSize(2);
    }

    @Test
    void aTornLastLineIsReportedSkippedAndKeptAsideAndTheNextEntryStartsAFreshLine() throws IOException {
        Path file = journalWith("first", "second");
        String whole = Files.readString(file);
        Files.writeString(file, whole.substring(0, whole.length() - 20));
        Journal.Contents c = Journal.read(file, "j");
        assertThat(c.entries()).hasSize(2);
        assertThat(c.torn()).hasValueSatisfying(m -> assertThat(m).startsWith("j:3: the last line is torn"));
        try (Journal j = Journal.reopen(file, c)) {
            assertThat(j.append(new Entry.AnswerSaved(T, "L1-201", "third"))).isEqualTo(3);
        }
        Journal.Contents again = Journal.read(file, "j");
        assertThat(again.torn()).isEmpty();
        assertThat(again.entries()).extracting(e -> e instanceof Entry.AnswerSaved a ? a.text() : "open")
                .containsExactly("open", "first", "third");
        assertThat(dir.resolve("C01.T1-2026.journal.jsonl.torn-3")).exists();
    }

    @Test
    void damageBeforeTheLastLineIsRefusedWithTheLine() throws IOException {
        Path file = journalWith("first", "second");
        List<String> lines = Files.readAllLines(file);
        lines.set(1, lines.get(1).replace("first", "fist!"));
        Files.write(file, lines, StandardOpenOption.TRUNCATE_EXISTING);
        assertThatThrownBy(() -> Journal.read(file, "j")).isInstanceOf(ExamException.class)
                .satisfies(e -> assertThat(((ExamException) e).render()).startsWith("j:2:1: journal entry is damaged"));
    }
}
