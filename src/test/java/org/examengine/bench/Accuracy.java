package org.examengine.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.examengine.grid.Grid;
import org.examengine.marking.Evidence;
import org.examengine.marking.GridMarker;
import org.examengine.marking.MarkingSources;
import org.examengine.marking.QuestionMark;
import org.examengine.marking.ReviewReason;
import org.examengine.text.EnglishWords;
import org.examengine.text.TextAnalysis;

/**
 * The marker's agreement with human examiners on the shared research data: marks every answer of each
 * data set that has grids under {@code bench/asag/<dataset>/} and prints, per question and per data set,
 * exact agreement and QWK against the first human mark, the human-human figures where there is a second
 * rater, and how the review queue catches the marker's disagreements. Run by {@code scripts/accuracy}.
 */
public final class Accuracy {

    private Accuracy() {
    }

    public static void main(String[] args) throws IOException {
        Options options = Options.parse(args);
        PrintStream out = System.out;
        out.printf("Marker agreement with human marks. Part: %s (development = answers whose id has an even CRC-32).%n",
                options.part());
        EnglishWords english = EnglishWords.wordNet();
        List<String> datasets;
        try (var dirs = Files.list(options.grids())) {
            datasets = dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
        PrintWriter dump = options.dump() == null ? null
                : new PrintWriter(Files.newBufferedWriter(options.dump(), StandardCharsets.UTF_8));
        CSVPrinter dumpCsv = dump == null ? null : CSVFormat.DEFAULT.print(dump);
        if (dumpCsv != null) {
            dumpCsv.printRecord("id", "question", "human", "marker", "confidence", "reasons", "credited", "answer");
        }
        for (String dataset : datasets) {
            if (options.dataset() != null && !options.dataset().equals(dataset)) {
                continue;
            }
            Path data = options.data().resolve(dataset);
            if (!Files.isRegularFile(data.resolve("answers.csv"))) {
                out.printf("%n%s: no data at %s, skipped%n", dataset, data);
                continue;
            }
            MarkingSources sources = MarkingSources.load(options.grids().resolve(dataset), null, Path::toString);
            Map<String, String> prompts = prompts(data.resolve("questions.yaml"));
            Map<String, Tally> tallies = new TreeMap<>(Accuracy::naturalOrder);
            int ungraded = 0;
            try (TextAnalysis analysis = sources.analysis()) {
                GridMarker marker = new GridMarker(analysis, english);
                for (HumanMarkedAnswer a : HumanMarkedAnswer.read(data.resolve("answers.csv"))) {
                    if (!options.part().includes(a)) {
                        continue;
                    }
                    Grid grid = sources.grids().get(a.question());
                    if (grid == null) {
                        ungraded++;
                        continue;
                    }
                    QuestionMark mark = marker.mark(grid, prompts.get(a.question()), a.answer());
                    tallies.computeIfAbsent(a.question(), q -> new Tally()).add(a, mark);
                    if (dumpCsv != null && (options.everyRow() || mark.mark() != a.score())) {
                        dumpCsv.printRecord(a.id(), a.question(), a.score(), mark.mark(), mark.confidence(), mark.reasons(),
                                mark.credited().stream().map(e -> e.point() + ":" + e.phrase()).toList(), a.answer());
                    }
                }
            }
            new AccuracyTable(out).print(dataset, tallies, ungraded, tallies.size() <= options.questionsShown());
        }
        if (dump != null) {
            dumpCsv.flush();
            dump.close();
        }
    }

    /** The prompt of each question, so that copying it earns nothing, as with {@code exam mark --banks}. */
    private static Map<String, String> prompts(Path questionsYaml) throws IOException {
        Map<String, String> prompts = new HashMap<>();
        if (!Files.isRegularFile(questionsYaml)) {
            return prompts;
        }
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(questionsYaml.toFile());
        for (JsonNode q : root.path("questions")) {
            if (q.hasNonNull("id") && q.hasNonNull("prompt")) {
                prompts.put(q.get("id").asText(), q.get("prompt").asText());
            }
        }
        return prompts;
    }

    /** "asap-2" before "asap-10", "mohler-1.10" after "mohler-1.9". */
    static int naturalOrder(String a, String b) {
        String[] x = a.split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)");
        String[] y = b.split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = Character.isDigit(x[i].charAt(0)) && Character.isDigit(y[i].charAt(0))
                    ? Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i])) : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    /** Everything counted for one question. */
    static final class Tally {
        final List<Agreement.Pair> marker = new ArrayList<>();
        final List<Agreement.Pair> humans = new ArrayList<>();
        int review;
        int disagreements;
        int disagreementsInReview;
        final Map<ReviewReason, int[]> reasons = new EnumMap<>(ReviewReason.class);

        void add(HumanMarkedAnswer a, QuestionMark mark) {
            marker.add(new Agreement.Pair(a.score(), mark.mark()));
            if (!Double.isNaN(a.secondScore())) {
                humans.add(new Agreement.Pair(a.score(), a.secondScore()));
            }
            boolean inReview = mark.confidence() == QuestionMark.Confidence.REVIEW;
            for (ReviewReason r : mark.reasons()) {
                int[] counts = reasons.computeIfAbsent(r, x -> new int[2]);
                counts[0]++;
                counts[1] += mark.mark() != a.score() ? 1 : 0;
            }
            review += inReview ? 1 : 0;
            if (mark.mark() != a.score()) {
                disagreements++;
                disagreementsInReview += inReview ? 1 : 0;
            }
        }
    }

    enum Part {
        DEV, TEST, ALL;

        boolean includes(HumanMarkedAnswer a) {
            return this == ALL || a.development() == (this == DEV);
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    record Options(Path data, Path grids, Part part, String dataset, Path dump, boolean everyRow, int questionsShown) {
        static Options parse(String[] args) {
            Path data = Path.of("../shared/asag");
            Path grids = Path.of("bench/asag");
            Part part = Part.TEST;
            String dataset = null;
            Path dump = null;
            int shown = 12;
            boolean everyRow = false;
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--data" -> data = Path.of(value);
                    case "--grids" -> grids = Path.of(value);
                    case "--part" -> part = Part.valueOf(value.toUpperCase(Locale.ROOT));
                    case "--dataset" -> dataset = value;
                    case "--disagreements" -> dump = Path.of(value);
                    case "--marks" -> {
                        dump = Path.of(value);
                        everyRow = true;
                    }
                    case "--by-question" -> {
                        shown = Integer.MAX_VALUE;
                        continue;
                    }
                    default -> throw new IllegalArgumentException("unknown option " + args[i] + "; options: --data DIR, "
                            + "--grids DIR, --part dev|test|all, --dataset NAME, --disagreements FILE, --marks FILE, --by-question");
                }
                i++;
            }
            return new Options(data, grids, part, dataset, dump, everyRow, shown);
        }
    }
}
