package org.examengine.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.examengine.paper.PaperQuestion;
import org.examengine.paper.PaperReader;
import org.examengine.source.DocumentParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A marking run killed part way (the machine dies, or kill -9) leaves the results it had before intact. */
class MarkKillIT {

    private static final Path LAUNCHER = Path.of("scripts/exam").toAbsolutePath();

    @TempDir
    Path dir;

    private Process start(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("log.txt").toFile()).start();
    }

    private Path answers(String name, List<PaperQuestion> questions, int candidates) throws Exception {
        Path file = dir.resolve(name);
        try (BufferedWriter w = Files.newBufferedWriter(file); CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180)) {
            csv.printRecord("candidate", "question", "answer");
            for (int c = 0; c < candidates; c++) {
                for (PaperQuestion q : questions) {
                    csv.printRecord("C" + c, q.id(), "I would listen to the customer, thank them for waiting, explain "
                            + "the policy politely and check they are happy with what we agreed, candidate " + c);
                }
            }
        }
        return file;
    }

    private static Map<String, byte[]> visibleFiles(Path out) throws Exception {
        Map<String, byte[]> files = new HashMap<>();
        try (Stream<Path> list = Files.list(out)) {
            for (Path p : list.filter(p -> !p.getFileName().toString().startsWith(".")).toList()) {
                files.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    @Test
    void killedMidRunTheEarlierResultsAreUntouchedAndNoHalfFileIsVisible() throws Exception {
        assertThat(start("build", "--level", "1", "--seed", "5", "--out", "papers").waitFor()).isZero();
        Path paper = dir.resolve("papers/L1-5.json");
        List<PaperQuestion> questions = new PaperReader(new DocumentParser()).read(paper, "L1-5.json").orThrow().allQuestions();
        Path out = dir.resolve("out");

        Process first = start("mark", "--paper", paper.toString(), "--answers", answers("few.csv", questions, 20).toString(),
                "--out", out.toString());
        assertThat(first.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(first.exitValue()).as(Files.readString(dir.resolve("log.txt"))).isZero();
        Map<String, byte[]> before = visibleFiles(out);
        assertThat(before.keySet()).containsExactlyInAnyOrder("results.csv", "results.jsonl", "review.csv", "errors.csv");

        Process second = start("mark", "--paper", paper.toString(), "--answers",
                answers("many.csv", questions, 40_000).toString(), "--out", out.toString());
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!partFileIn(out) && second.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(500);
        assertThat(second.isAlive()).as("the big run is still marking when killed").isTrue();
        second.destroyForcibly().waitFor(1, TimeUnit.MINUTES);

        Map<String, byte[]> after = visibleFiles(out);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        for (String name : before.keySet()) {
            assertThat(after.get(name)).as(name).isEqualTo(before.get(name));
        }
    }

    private static boolean partFileIn(Path out) throws Exception {
        try (Stream<Path> list = Files.list(out)) {
            return list.anyMatch(p -> p.getFileName().toString().endsWith(".part"));
        }
    }
}
