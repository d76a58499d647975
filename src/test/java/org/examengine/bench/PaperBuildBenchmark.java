package org.examengine.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.examengine.bank.BankFile;
import org.examengine.bank.Question;
import org.examengine.bank.QuestionKind;
import org.examengine.bank.Scenario;
import org.examengine.paper.Blueprint;
import org.examengine.paper.BuildResult;
import org.examengine.paper.PaperBuilder;
import org.examengine.paper.PaperQuestion;
import org.examengine.source.Origin;
import org.examengine.source.SourceLocation;
import org.examengine.syllabus.AssessmentCriterion;
import org.examengine.syllabus.Level;
import org.examengine.syllabus.Syllabus;
import org.examengine.validate.SourceCollector;
import org.examengine.validate.SourceSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to build papers, as issue 5 asks: a series of 100 Level 2 papers from the shipped banks (each
 * avoiding the questions of those before it, as {@code --count 100} does), and one Level 3 paper from a
 * generated bank of 20,000 questions. Goal: each within 2 seconds. Run by {@code scripts/bench PaperBuild}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(1)
public class PaperBuildBenchmark {

    private static final Origin ORIGIN = new Origin(SourceLocation.startOf("generated.yaml"), Map.of());

    private PaperBuilder shipped;
    private PaperBuilder generated;
    private long seed;

    @Setup
    public void setUp() {
        Syllabus syllabus = Syllabus.standard();
        SourceSet sources = new SourceCollector().collect(List.of(Path.of("question-banks")), Path::toString);
        Blueprint level2 = sources.blueprints().stream().filter(b -> b.level() == 2).findFirst().orElseThrow();
        shipped = new PaperBuilder(syllabus.level(2).orElseThrow(), level2, sources.banks());
        Blueprint level3 = sources.blueprints().stream().filter(b -> b.level() == 3).findFirst().orElseThrow();
        Level l3 = syllabus.level(3).orElseThrow();
        generated = new PaperBuilder(l3, level3, List.of(generatedBank(l3, 20_000, new Random(20_000))));
    }

    /** Questions spread over every AC and topic of the level, a tenth of them in scenarios of 2 to 4 parts. */
    static BankFile generatedBank(Level level, int size, Random r) {
        List<AssessmentCriterion> acs = level.criteria();
        List<String> topics = List.of("FL", "FM", "FN", "FO", "FP", "FR", "FS");
        List<Question> qs = new ArrayList<>();
        List<Scenario> scenarios = new ArrayList<>();
        while (qs.size() < size) {
            boolean scenario = r.nextInt(10) == 0;
            String sid = "G-S" + scenarios.size();
            int parts = scenario ? 2 + r.nextInt(3) : 1;
            if (scenario) {
                scenarios.add(new Scenario(sid, "A generated situation " + sid + ".", ORIGIN));
            }
            for (int p = 0; p < parts; p++) {
                AssessmentCriterion ac = acs.get(r.nextInt(acs.size()));
                int marks = 1 + r.nextInt(6);
                qs.add(new Question("G-" + qs.size(), level.number(), ac.outcome(), ac.id(), topics.get(r.nextInt(topics.size())),
                        scenario ? QuestionKind.SCENARIO : QuestionKind.SHORT, marks, marks + r.nextInt(marks + 1),
                        "Generated question " + qs.size() + "?", scenario ? sid : null, ORIGIN));
            }
        }
        return new BankFile("generated.yaml", level.number(), scenarios, qs);
    }

    @Benchmark
    public int hundredShippedLevel2Papers() {
        Set<String> used = new HashSet<>();
        int built = 0;
        for (int i = 0; i < 100; i++) {
            BuildResult result = shipped.build(seed + i, used);
            result.paper().allQuestions().stream().map(PaperQuestion::id).forEach(used::add);
            built++;
        }
        seed += 100;
        return built;
    }

    @Benchmark
    public BuildResult oneLevel3PaperFrom20000Questions() {
        BuildResult result = generated.build(seed++, Set.of());
        if (!result.built()) {
            throw new IllegalStateException(String.join("; ", result.problems()));
        }
        return result;
    }
}
