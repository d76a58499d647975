package org.examengine.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.examengine.source.ExamException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The decisions journal: what is appended reads back; a torn last line is skipped and reported; damage is refused. */
class DecisionJournalTest {

    private static final Instant AT = Instant.parse("2026-11-23T14:00:00Z");

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve(ReviewSession.JOURNAL_FILE);
    }

    private static Decision decision(String candidate, int mark, String comment) {
        return new Decision(new AnswerKey(candidate, "L1-305"), mark, comment, 1, "A. Marker", AT);
    }

    private List<ReviewEntry> someEntries() {
        return List.of(new ReviewEntry.Session(AT, "A. Marker", "/x/paper.json", List.of("/x/a.csv", "/x/b.csv"), "/x/grids",
                        null),
                new ReviewEntry.Decided(AT, decision("C01", 2, "")),
                new ReviewEntry.Decided(AT, decision("C02", 0, "copied the question; \"quotes\"\nand a line break \u001b[0m")),
                new ReviewEntry.Cleared(AT, new AnswerKey("C01", "L1-305"), "A. Marker"),
                new ReviewEntry.Written(AT, 1));
    }

    @Test
    void whatIsAppendedReadsBackInOrder() {
        try (DecisionJournal j = DecisionJournal.open(file(), "journal")) {
            assertThat(j.contents().entries()).isEmpty();
            someEntries().forEach(j::append);
        }
        DecisionJournal.Contents read = DecisionJournal.read(file(), "journal");
        assertThat(read.entries()).containsExactlyElementsOf(someEntries());
        assertThat(read.lastSeq()).isEqualTo(5);
        assertThat(read.torn()).isEmpty();
        try (DecisionJournal j = DecisionJournal.open(file(), "journal")) {
            assertThat(j.contents().entries()).hasSize(5);
            assertThat(j.append(new ReviewEntry.Decided(AT, decision("C03", 1, "")))).isEqualTo(6);
        }
        assertThat(DecisionJournal.read(file(), "journal").entries()).hasSize(6);
    }

    @Test
    void aTornLastLineIsReportedCopiedAsideAndCutOff() throws Exception {
        try (DecisionJournal j = DecisionJournal.open(file(), "journal")) {
            someEntries().subList(0, 3).forEach(j::append);
        }
        String whole = new EntryFormat().encode(4, new ReviewEntry.Decided(AT, decision("C09", 3, "lost"))) + "\n";
        byte[] torn = Arrays.copyOf(whole.getBytes(StandardCharsets.UTF_8), 40);
        Files.write(file(), torn, java.nio.file.StandardOpenOption.APPEND);

        DecisionJournal.Contents read = DecisionJournal.read(file(), "journal");
        assertThat(read.entries()).hasSize(3);
        assertThat(read.torn()).hasValueSatisfying(t -> assertThat(t)
                .startsWith("journal:4: the last line is torn or damaged (40 bytes").endsWith("skipped"));

        try (DecisionJournal j = DecisionJournal.open(file(), "journal")) {
            assertThat(j.contents().torn()).isPresent();
            assertThat(j.append(new ReviewEntry.Decided(AT, decision("C04", 1, "after the crash")))).isEqualTo(4);
        }
        assertThat(dir.resolve(ReviewSession.JOURNAL_FILE + ".torn-4")).hasBinaryContent(torn);
        DecisionJournal.Contents after = DecisionJournal.read(file(), "journal");
        assertThat(after.torn()).isEmpty();
        assertThat(after.entries()).hasSize(4).last().isEqualTo(new ReviewEntry.Decided(AT, decision("C04", 1,
                "after the crash")));
    }

    @Test
    void aWholeLastLineWithoutItsNewlineIsKept() throws Exception {
        try (DecisionJournal j = DecisionJournal.open(file(), "journal")) {
            someEntries().subList(0, 2).forEach(j::append);
        }
        byte[] bytes = Files.readAllBytes(file());
        Files.write(file(), Arrays.copyOf(bytes, bytes.length - 1));
        try (DecisionJournal j = DecisionJournal.open(file(), "journal")) {
            assertThat(j.contents().entries()).hasSize(2);
            assertThat(j.contents().torn()).isEmpty();
            j.append(new ReviewEntry.Decided(AT, decision("C05", 2, "")));
        }
        assertThat(DecisionJournal.read(file(), "journal").entries()).hasSize(3);
    }

    @Test
    void aDamagedLineBeforeTheLastIsRefusedWithItsLine() throws Exception {
        try (DecisionJournal j = DecisionJournal.open(file(), "journal")) {
            someEntries().forEach(j::append);
        }
        String text = Files.readString(file()).replace("\"mark\":2", "\"mark\":3");
        Files.writeString(file(), text);
        assertThatThrownBy(() -> DecisionJournal.open(file(), "journal"))
                .isInstanceOf(ExamException.class)
                .satisfies(e -> assertThat(((ExamException) e).render()).startsWith("journal:2:1: decision entry is damaged"));
    }

    @Test
    void aSecondReviewOfTheFolderIsRefusedWhileTheFirstIsOpen() {
        try (DecisionJournal first = DecisionJournal.open(file(), "journal")) {
            assertThatThrownBy(() -> DecisionJournal.open(file(), "journal"))
                    .isInstanceOf(ExamException.class).hasMessageContaining("another exam review is open");
        }
        DecisionJournal.open(file(), "journal").close();
    }
}
