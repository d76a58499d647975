package org.examengine.sitting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The room as the board reads it, from journals written by real sittings on a clock the test steps. */
class RoomTest {

    @TempDir
    Path dir;

    private final SteppedClock clock = SteppedClock.at9();
    private final Map<String, SittingSession> running = new LinkedHashMap<>();

    @AfterEach
    void closeAll() {
        running.values().forEach(SittingSession::close);
    }

    private SittingSession begin(String candidate, Optional<Arrangement> extra) {
        Claim claim = Claim.of(new SittingFiles(dir), Papers.small(), candidate, clock);
        SittingSession s = claim.begin("Centre 1", extra, clock);
        claim.close();
        running.put(candidate, s);
        return s;
    }

    /** Every running sitting ticks each second, as their programs would. */
    private void run(Duration d) {
        for (long i = 0; i < d.getSeconds(); i++) {
            clock.advance(Duration.ofSeconds(1));
            running.values().forEach(SittingSession::tick);
        }
    }

    private void stop(String candidate) {
        running.remove(candidate).close();
    }

    private RoomRow row(List<RoomRow> rows, String candidate) {
        return rows.stream().filter(r -> r.candidate().equals(candidate)).findFirst().orElseThrow();
    }

    private List<RoomRow> rows(Room room) {
        room.refresh();
        return room.rows(clock.instant(), ZoneOffset.UTC);
    }

    @Test
    void eachSittingIsARowWithItsPhaseTimeLeftAnswersAndFlags() {
        SittingSession c01 = begin("C01", Optional.empty());
        begin("C02", Optional.of(new Arrangement(25, "dyslexia", "J. Okafor")));
        Room room = new Room(new SittingFiles(dir));
        run(Duration.ofMinutes(2));
        RoomRow reading = row(rows(room), "C01");
        assertThat(reading.status()).isEqualTo(RoomRow.Status.READING);
        assertThat(reading.left()).contains(Duration.ofMinutes(3));

        run(Duration.ofMinutes(8));
        c01.saveAnswer("L1-201", "Smile and say good morning");
        c01.saveAnswer("L1-202", "   ");
        c01.flag("L1-301", true);
        run(Duration.ofMinutes(2));
        List<RoomRow> rows = rows(room);
        RoomRow one = row(rows, "C01");
        assertThat(one.status()).isEqualTo(RoomRow.Status.WRITING);
        assertThat(one.paper()).isEqualTo("T1-2026");
        assertThat(one.centre()).isEqualTo("Centre 1");
        assertThat(one.left()).as("12 min in: 5 reading, 7 of 60 writing").contains(Duration.ofMinutes(53));
        assertThat(one.answered()).as("a blank answer is not an answer").isEqualTo(1);
        assertThat(one.questions()).isEqualTo(4);
        assertThat(one.flagged()).isEqualTo(1);
        assertThat(one.lastActivity()).contains(clock.instant().minus(Duration.ofMinutes(2)));
        assertThat(TimeText.ago(one.lastActivity().get(), clock.instant())).isEqualTo("2 min ago");
        RoomRow two = row(rows, "C02");
        assertThat(two.percent()).isEqualTo(25);
        assertThat(two.left()).as("75 min writing from 6:15").contains(Duration.ofMinutes(75 - 5).minusSeconds(45));
        assertThat(two.answered()).isZero();
    }

    @Test
    void aPausedSittingShowsPausedWithItsReasonAndItsClockStands() {
        begin("C01", Optional.empty());
        begin("C02", Optional.empty());
        Room room = new Room(new SittingFiles(dir));
        run(Duration.ofMinutes(10));
        new RoomControl(room, "J. Smith", clock).give(RoomAction.of(ControlCommand.Action.PAUSE, "C02", "feels unwell"));
        run(Duration.ofSeconds(2));
        Duration left = row(rows(room), "C02").left().orElseThrow();
        run(Duration.ofMinutes(4));
        RoomRow c02 = row(rows(room), "C02");
        assertThat(c02.status()).isEqualTo(RoomRow.Status.PAUSED);
        assertThat(c02.left()).contains(left);
        assertThat(c02.notes()).containsExactly("paused: feels unwell");
        assertThat(c02.lastActivity()).as("the pause is the invigilator's doing, not the candidate's")
                .contains(Instant.parse("2026-11-23T09:00:00Z"));
        assertThat(row(rows(room), "C01").status()).isEqualTo(RoomRow.Status.WRITING);
    }

    @Test
    void aSittingWhoseProgramStoppedShowsStoppedWithTheTimeAsItStoodAndTheCommandsWaitingForIt() {
        begin("C01", Optional.empty());
        begin("C02", Optional.empty());
        Room room = new Room(new SittingFiles(dir));
        run(Duration.ofMinutes(10));
        stop("C02");
        run(Duration.ofSeconds(25));
        assertThat(row(rows(room), "C02").status()).as("within three heartbeats it may only be slow")
                .isEqualTo(RoomRow.Status.WRITING);
        run(Duration.ofMinutes(5));
        new RoomControl(room, "J. Smith", clock).give(RoomAction.add("all", 10, "fire alarm"));
        run(Duration.ofSeconds(2));
        RoomRow c02 = row(rows(room), "C02");
        assertThat(c02.status()).isEqualTo(RoomRow.Status.STOPPED);
        assertThat(c02.left()).as("downtime is not charged").contains(Duration.ofMinutes(55));
        assertThat(c02.notes()).singleElement().asString().isEqualTo("no program since 09:10:00: restart its exam sit (1 command waits)");
        assertThat(row(rows(room), "C01").left()).contains(Duration.ofMinutes(65 - 5).minusSeconds(27));
    }

    @Test
    void aSubmittedSittingShowsWhenAndWhyAndNoTimeLeft() {
        SittingSession c01 = begin("C01", Optional.empty());
        begin("C02", Optional.empty());
        Room room = new Room(new SittingFiles(dir));
        run(Duration.ofMinutes(20));
        c01.saveAnswer("L1-201", "Smile");
        assertThat(c01.submit()).isTrue();
        Instant submitted = clock.instant();
        new RoomControl(room, "J. Smith", clock).give(RoomAction.of(ControlCommand.Action.END, "C02", "taken ill"));
        run(Duration.ofMinutes(3));
        List<RoomRow> rows = rows(room);
        RoomRow c1 = row(rows, "C01");
        assertThat(c1.status()).as("a submitted sitting is not 'stopped'").isEqualTo(RoomRow.Status.SUBMITTED);
        assertThat(c1.submittedAt()).contains(submitted);
        assertThat(c1.answered()).isEqualTo(1);
        assertThat(c1.notes()).isEmpty();
        assertThat(row(rows, "C02").notes()).containsExactly("submitted: ended by the invigilator");
        assertThat(BoardTable.fit(rows, 80, clock.instant(), ZoneOffset.UTC).line(c1)).contains("submitted").contains(" - ")
                .contains("09:20");
    }

    @Test
    void aDamagedJournalIsARowWithTheProblemAndATornLastLineIsANote() throws IOException {
        begin("C01", Optional.empty());
        begin("C02", Optional.empty());
        begin("C03", Optional.empty());
        run(Duration.ofMinutes(8));
        running.get("C01").saveAnswer("L1-201", "first");
        running.get("C01").saveAnswer("L1-201", "second");
        stop("C01");
        stop("C02");
        Path damaged = new SittingFiles(dir).journal("C01", "T1-2026");
        List<String> lines = new ArrayList<>(Files.readAllLines(damaged));
        lines.set(2, lines.get(2).replace("\"seq\":3", "\"seq\":3,\"x\":1"));
        Files.write(damaged, lines);
        Path torn = new SittingFiles(dir).journal("C02", "T1-2026");
        Files.writeString(torn, "{\"seq\":99,\"at\":\"2026-11-23T09", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(dir.resolve("C04.T1-2026.journal.jsonl"), "");
        run(Duration.ofMinutes(1));
        Room room = new Room(new SittingFiles(dir));
        List<RoomRow> rows = rows(room);
        assertThat(rows).extracting(RoomRow::candidate).containsExactly("C01", "C02", "C03", "C04");
        RoomRow c01 = row(rows, "C01");
        assertThat(c01.status()).isEqualTo(RoomRow.Status.UNREADABLE);
        assertThat(c01.notes()).singleElement().asString().startsWith("journal line 3: ").contains("damaged");
        RoomRow c02 = row(rows, "C02");
        assertThat(c02.status()).isEqualTo(RoomRow.Status.STOPPED);
        assertThat(c02.notes().get(0)).startsWith("journal line ").contains("the last line is torn");
        assertThat(row(rows, "C04").notes()).containsExactly("the journal is empty");
        assertThat(BoardText.notes(rows)).anySatisfy(n -> assertThat(n).startsWith("C01: journal line 3"));
    }

    @Test
    void onlyJournalsThatChangedAreReadAgain() {
        begin("C01", Optional.empty());
        begin("C02", Optional.empty());
        begin("C03", Optional.empty());
        run(Duration.ofSeconds(5));
        Room room = new Room(new SittingFiles(dir));
        assertThat(room.refresh()).isEqualTo(3);
        assertThat(room.refresh()).isZero();
        running.get("C02").moveTo("L1-202");
        assertThat(room.refresh()).isEqualTo(1);
        assertThat(room.sittings()).filteredOn(s -> s.candidate().equals("C02"))
                .singleElement().satisfies(s -> assertThat(s.sitting().orElseThrow().current()).isEqualTo("L1-202"));
    }
}
