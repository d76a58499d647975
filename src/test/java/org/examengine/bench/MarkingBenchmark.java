package org.examengine.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.examengine.grid.Grid;
import org.examengine.grid.Phrase;
import org.examengine.grid.Point;
import org.examengine.marking.GridMarker;
import org.examengine.marking.QuestionMark;
import org.examengine.source.Origin;
import org.examengine.source.SourceLocation;
import org.examengine.text.EnglishWords;
import org.examengine.text.TextAnalysis;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to mark one answer against a compiled 10-point grid, single thread: the goal is under 10
 * microseconds for a typical 40-word answer. Run by {@code scripts/bench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MarkingBenchmark {

    private static final Map<String, String> ANSWERS = Map.of(
            "typical40", "First I would greet the customer politely and listen carefully to the complaint without "
                    + "interrupting. Then I would apologise sincerely, check the details on the system and explain what "
                    + "we can do, for example offer a refund or a replacement, and thank them.",
            "misspelt40", "First I wud greet the custmer politly and lisen carefuly to the complaint without "
                    + "interupting. Then I would apologize sincerly, chek the details on the sistem and explane what "
                    + "we can do, for exampel ofer a refund or a replacment, and thank them.",
            "short5", "say sorry and refund");

    @Param({"typical40", "misspelt40", "short5"})
    public String answer;

    private TextAnalysis analysis;
    private GridMarker marker;
    private Grid grid;
    private String text;

    @Setup
    public void setUp() {
        analysis = new TextAnalysis("sorry, apologise\nrefund, money back\ngreet, welcome\n", "synonyms.txt");
        marker = new GridMarker(analysis, EnglishWords.wordNet());
        grid = tenPointGrid();
        text = ANSWERS.get(answer);
        marker.mark(grid, null, text); // compiles the grid and reads the word list, as the first answer of a batch does
    }

    @TearDown
    public void tearDown() {
        analysis.close();
    }

    @Benchmark
    public QuestionMark markOneAnswer() {
        return marker.mark(grid, null, text);
    }

    /** The text analysis alone: what the marker spends before it looks at the grid. */
    @Benchmark
    public Object analyseOnly() {
        return analysis.segments(text);
    }

    private static Grid tenPointGrid() {
        SourceLocation at = SourceLocation.startOf("benchmark.yaml");
        Origin origin = new Origin(at, Map.of());
        List<List<String>> phrases = List.of(
                List.of("greet the customer", "say hello", "smile"),
                List.of("listen carefully", "active listening", "let them finish"),
                List.of("do not interrupt", "without interrupting"),
                List.of("apologise", "say sorry"),
                List.of("check the details", "look up the order", "check the system"),
                List.of("explain the options", "explain what can be done"),
                List.of("offer a refund", "refund", "money back"),
                List.of("offer a replacement", "exchange the item"),
                List.of("thank the customer", "thank them"),
                List.of("follow up", "call back later", "keep them informed"));
        List<Point> points = new java.util.ArrayList<>();
        for (int i = 0; i < phrases.size(); i++) {
            points.add(new Point("p" + i, 1, null, null, phrases.get(i).stream().map(p -> new Phrase(p, at)).toList(), origin));
        }
        return new Grid("BENCH-1", 10, Map.of(), points, List.of(), List.of(new Phrase("shout at them", at)), List.of(),
                null, List.of(), origin);
    }
}
