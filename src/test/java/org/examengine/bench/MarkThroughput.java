package org.examengine.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.examengine.paper.PaperReader;
import org.examengine.source.DocumentParser;

/**
 * Batch-marking throughput, run by {@code scripts/bench mark [N] [exam mark options...]} from the project
 * folder: builds a Level 1 paper, writes about N sample answers to it (whole candidates, so up to one
 * paper's worth more), times a bare Commons CSV parse of them in-process (best of 3), then runs
 * {@code exam mark --paper} (with {@code --grids marking-grids}, the default folder named) and
 * {@code exam mark --grids --banks} on them as child processes, timing each
 * and reading its peak RSS, and prints a table. Relies only on those command lines and their exit codes
 * (0 or 1 both mean the run completed), not on what they write.
 */
public final class MarkThroughput {

    private static final long DEFAULT_ANSWERS = 2_000_000;
    private static final Path EXAM = Path.of("scripts/exam").toAbsolutePath();
    private static final String ROW = "%-22s %12s %9s %11s %14s %15s %7s";

    /** The answers to mark: the paper, the file, and how long {@code exam sample} took to write it. */
    private record Sample(String version, Path paper, Path answers, int questions, long candidates, double seconds) {
    }

    /** What the bare parse read (every field of every record) and its best time. */
    private record Parse(long records, long characters, double seconds) {
    }

    /** One way of marking: its name in the table and its command line. */
    private record Mode(String name, List<String> command) {
    }

    private MarkThroughput() {
    }

    public static void main(String[] args) throws Exception {
        List<String> markOptions = new ArrayList<>(Arrays.asList(args));
        long wanted = !markOptions.isEmpty() && markOptions.get(0).matches("\\d+") ? Long.parseLong(markOptions.remove(0))
                : DEFAULT_ANSWERS;
        Path tmp = Files.createTempDirectory("exam-bench-mark");
        int status;
        try {
            status = measure(wanted, markOptions, tmp);
        } finally {
            deleteTree(tmp);
        }
        System.exit(status);
    }

    private static int measure(long wanted, List<String> markOptions, Path tmp) throws Exception {
        Sample sample = sample(wanted, tmp);
        progress("parsing the answers with Commons CSV, 3 times");
        Parse parse = bestOfThreeParses(sample.answers());
        List<Mode> modes = List.of(
                // --grids is what the default would be; today's exam mark requires it, and naming it is harmless
                new Mode("mark --paper", command(markOptions, "mark", "--paper", sample.paper().toString(),
                        "--grids", "marking-grids", "--answers", sample.answers().toString(), "--out", tmp.resolve("out1").toString())),
                new Mode("mark --grids --banks", command(markOptions, "mark", "--grids", "marking-grids", "--banks",
                        "question-banks", "--answers", sample.answers().toString(), "--out", tmp.resolve("out2").toString())));
        List<String> table = new ArrayList<>();
        table.add(String.format(ROW, "mode", "answers", "seconds", "answers/s", "peak RSS (MB)", "bare parse (s)", "ratio"));
        int status = 0;
        for (Mode mode : modes) {
            progress("exam " + mode.name());
            Path log = tmp.resolve(mode.name().replaceAll("\\W+", "_") + ".log");
            ChildProcess.Run run = ChildProcess.run(mode.command(), log);
            if (run.exitCode() > 1) {
                table.add(String.format("%-22s failed with exit code %d:%n%s", mode.name(), run.exitCode(), tail(log)));
                status = 1;
            } else {
                table.add(String.format(ROW, mode.name(), String.format("%,d", parse.records()),
                        String.format("%.1f", run.seconds()), String.format("%,.0f", parse.records() / run.seconds()),
                        run.peakKb() == 0 ? "n/a" : Long.toString(run.peakKb() / 1024), String.format("%.2f", parse.seconds()),
                        String.format("%.1f", run.seconds() / parse.seconds())));
            }
        }
        System.out.printf("%s, %d cores; Level 1 paper of %d questions; %,d answers of %,d candidates (%,d MB), "
                + "written by exam sample in %.1f s%n", sample.version(), Runtime.getRuntime().availableProcessors(),
                sample.questions(), parse.records(), sample.candidates(), Files.size(sample.answers()) >> 20, sample.seconds());
        System.out.printf("bare Commons CSV parse, best of 3: %.2f s (%,d characters)%n%n", parse.seconds(), parse.characters());
        table.forEach(System.out::println);
        if (!markOptions.isEmpty()) {
            System.out.println("\nexam mark options: " + String.join(" ", markOptions));
        }
        return status;
    }

    /** Makes sure the jar is current, builds the paper and writes at least {@code wanted} answers to it. */
    private static Sample sample(long wanted, Path tmp) throws IOException, InterruptedException {
        progress("checking that target/exam.jar is current (exam --version)");
        List<String> version = prepare(tmp, "version", "--version").lines().filter(l -> !l.isBlank()).toList();
        progress("building a Level 1 paper");
        prepare(tmp, "build", "build", "--level", "1", "--seed", "1", "--out", tmp.toString());
        Path paper = tmp.resolve("L1-1.json");
        int questions = new PaperReader(new DocumentParser()).read(paper, paper.toString()).orThrow().allQuestions().size();
        long candidates = Math.max(1, (wanted + questions - 1) / questions);
        Path answers = tmp.resolve("answers.csv");
        progress("writing the answers of " + candidates + " candidates");
        long start = System.nanoTime();
        prepare(tmp, "sample", "sample", "--paper", paper.toString(), "--candidates", Long.toString(candidates),
                "--layout", "long", "--out", answers.toString());
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Sample(version.get(version.size() - 1).strip(), paper, answers, questions, candidates, seconds);
    }

    /** Runs one preparing {@code exam} command; its output, or an exception with the end of its log. */
    private static String prepare(Path tmp, String name, String... args) throws IOException, InterruptedException {
        Path log = tmp.resolve(name + ".log");
        ChildProcess.Run run = ChildProcess.run(command(List.of(), args), log);
        if (run.exitCode() != 0) {
            throw new IllegalStateException("exam " + args[0] + " failed with exit code " + run.exitCode() + ":\n" + tail(log));
        }
        return Files.readString(log);
    }

    private static Parse bestOfThreeParses(Path answers) throws IOException {
        Parse best = null;
        for (int i = 0; i < 3; i++) {
            Parse parse = bareParse(answers);
            best = best == null || parse.seconds() < best.seconds() ? parse : best;
        }
        return best;
    }

    /** Reads every field of every record, so that nothing can be skipped; the header is not counted. */
    private static Parse bareParse(Path answers) throws IOException {
        long start = System.nanoTime();
        long records = 0;
        long characters = 0;
        try (BufferedReader reader = Files.newBufferedReader(answers, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            for (CSVRecord record : parser) {
                records++;
                for (int i = 0; i < record.size(); i++) {
                    characters += record.get(i).length();
                }
            }
        }
        return new Parse(records, characters, (System.nanoTime() - start) / 1e9);
    }

    private static List<String> command(List<String> extra, String... args) {
        return Stream.of(Stream.of(EXAM.toString()), Arrays.stream(args), extra.stream()).flatMap(s -> s).toList();
    }

    private static void progress(String step) {
        System.err.println("bench mark: " + step + "...");
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
