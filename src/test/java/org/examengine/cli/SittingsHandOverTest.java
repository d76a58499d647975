package org.examengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.examengine.paper.Paper;
import org.examengine.paper.PaperReader;
import org.examengine.sitting.Claim;
import org.examengine.sitting.SittingFiles;
import org.examengine.sitting.SittingSession;
import org.examengine.sitting.SteppedClock;
import org.examengine.source.DocumentParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** From the room to marking: sittings' journals are marked as the same answers in a CSV would be. */
class SittingsHandOverTest {

    private static final Path PAPER = Path.of("samples/level1-paper.json");

    @TempDir
    Path dir;

    private final SteppedClock clock = SteppedClock.at9();

    /** Sits the paper as each candidate, typing their sample answers; the last one is left unsubmitted. */
    private Map<String, Map<String, String>> sit(List<String> candidates, boolean submitLast) throws IOException {
        Paper paper = new PaperReader(new DocumentParser()).read(PAPER, PAPER.toString()).orThrow();
        Map<String, Map<String, String>> typed = sampleAnswers(candidates);
        SittingFiles room = new SittingFiles(dir.resolve("room"));
        for (String c : candidates) {
            try (Claim claim = Claim.of(room, paper, c, clock);
                 SittingSession s = claim.begin("Centre 1", Optional.empty(), clock)) {
                clock.advanceMinutes(6);
                s.tick();
                typed.get(c).forEach(s::saveAnswer);
                if (submitLast || !c.equals(candidates.get(candidates.size() - 1))) {
                    s.submit();
                }
            }
        }
        return typed;
    }

    private static Map<String, Map<String, String>> sampleAnswers(List<String> candidates) throws IOException {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        try (CSVParser p = CSVParser.parse(Path.of("samples/level1-answers.csv"), StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().get())) {
            for (CSVRecord r : p) {
                if (candidates.contains(r.get("candidate"))) {
                    out.computeIfAbsent(r.get("candidate"), k -> new LinkedHashMap<>()).put(r.get("question"), r.get("answer"));
                }
            }
        }
        return out;
    }

    @Test
    void markingTheRoomGivesTheMarksTheSameAnswersGetFromACsv() throws IOException {
        sit(List.of("C01", "C04", "C27"), true);
        Path fromRoom = dir.resolve("from-room");
        CliRun room = CliRun.of("mark", "--paper", PAPER.toString(), "--sittings", dir.resolve("room").toString(),
                "--out", fromRoom.toString());
        assertThat(room.status()).as(room.err()).isEqualTo(ExitStatus.OK);
        assertThat(room.out()).contains("Took 3 submitted sitting(s) of L1-2026");

        Path exported = dir.resolve("exported.csv");
        CliRun export = CliRun.of("sit", "--paper", PAPER.toString(), "--dir", dir.resolve("room").toString(),
                "--export", exported.toString());
        assertThat(export.status()).as(export.err()).isEqualTo(ExitStatus.OK);
        Path fromCsv = dir.resolve("from-csv");
        CliRun csv = CliRun.of("mark", "--paper", PAPER.toString(), "--answers", exported.toString(), "--out",
                fromCsv.toString());
        assertThat(csv.status()).as(csv.err()).isEqualTo(ExitStatus.OK);

        List<String> roomResults = Files.readAllLines(fromRoom.resolve("results.csv"));
        assertThat(roomResults).hasSize(4).isEqualTo(Files.readAllLines(fromCsv.resolve("results.csv")));
        assertThat(roomResults.get(1)).startsWith("C01,");
    }

    @Test
    void anUnsubmittedSittingIsNamedAndLeftOutUnlessAskedFor() throws IOException {
        Map<String, Map<String, String>> typed = sit(List.of("C01", "C02"), false);
        Path exported = dir.resolve("exported.csv");
        CliRun export = CliRun.of("sit", "--paper", PAPER.toString(), "--dir", dir.resolve("room").toString(),
                "--export", exported.toString());
        assertThat(export.status()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(export.err()).contains("C02's sitting is not submitted (writing time", "not taken");
        assertThat(Files.readAllLines(exported)).noneMatch(l -> l.startsWith("C02,"));

        CliRun all = CliRun.of("sit", "--paper", PAPER.toString(), "--dir", dir.resolve("room").toString(),
                "--export", exported.toString(), "--include-unsubmitted");
        assertThat(all.status()).isEqualTo(ExitStatus.OK);
        try (CSVParser p = CSVParser.parse(exported, StandardCharsets.UTF_8, CSVFormat.RFC4180.builder().setHeader().get())) {
            Map<String, String> c02 = new LinkedHashMap<>();
            p.stream().filter(r -> r.get("candidate").equals("C02")).forEach(r -> c02.put(r.get("question"), r.get("answer")));
            assertThat(c02).isEqualTo(typed.get("C02"));
        }
    }
}
