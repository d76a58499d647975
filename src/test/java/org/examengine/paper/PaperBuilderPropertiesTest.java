package org.examengine.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.constraints.IntRange;
import org.examengine.bank.BankFile;
import org.examengine.bank.Question;
import org.examengine.bank.Scenario;
import org.examengine.syllabus.AssessmentCriterion;
import org.examengine.syllabus.Level;
import org.examengine.syllabus.Syllabus;

/** The builder over random banks and blueprints: what it builds keeps every rule; what it cannot, it says. */
class PaperBuilderPropertiesTest {

    private static final Level LEVEL = Syllabus.standard().level(2).orElseThrow();
    private static final List<String> TOPICS = List.of("FL", "FM", "FN", "FO", "FP");

    /** A random Level 2 bank: short questions on random criteria, and scenarios of 2 to 4 parts. */
    private static List<BankFile> randomBank(long seed, int shortQuestions, int scenarios) {
        Random r = new Random(seed);
        List<AssessmentCriterion> acs = LEVEL.criteria();
        List<Question> qs = new ArrayList<>();
        for (int i = 0; i < shortQuestions; i++) {
            AssessmentCriterion ac = acs.get(r.nextInt(acs.size()));
            int marks = 1 + r.nextInt(6);
            qs.add(Banks.shortQuestion("Q" + i, ac.outcome(), ac.id(), TOPICS.get(r.nextInt(TOPICS.size())), marks,
                    marks + r.nextInt(marks + 1)));
        }
        List<Scenario> scs = new ArrayList<>();
        for (int s = 0; s < scenarios; s++) {
            scs.add(Banks.scenario("S" + s));
            int parts = 2 + r.nextInt(3);
            for (int p = 0; p < parts; p++) {
                AssessmentCriterion ac = acs.get(r.nextInt(acs.size()));
                int marks = 1 + r.nextInt(5);
                qs.add(Banks.part("S" + s + "-" + p, "S" + s, ac.outcome(), ac.id(), TOPICS.get(r.nextInt(TOPICS.size())),
                        marks, marks + r.nextInt(marks + 1)));
            }
        }
        return List.of(Banks.file(scs, qs));
    }

    @Property(tries = 200)
    @StatisticsReport(onFailureOnly = true)
    void everyBuiltPaperKeepsEveryRuleItClaimsAndAFailureSaysWhy(@ForAll long bankSeed,
            @ForAll @IntRange(min = 0, max = 60) int shortQuestions, @ForAll @IntRange(min = 0, max = 5) int scenarios,
            @ForAll @IntRange(min = 5, max = 70) int marks, @ForAll @IntRange(min = 0, max = 3) int scenarioTasks,
            @ForAll @IntRange(min = 0, max = 1) int everyLo, @ForAll @IntRange(min = 1, max = 2) int maxPerAc,
            @ForAll @IntRange(min = 0, max = 6) int fnMarks, @ForAll @IntRange(min = 0, max = 20) int slack,
            @ForAll long seed) {
        List<BankFile> bank = randomBank(bankSeed, shortQuestions, scenarios);
        Blueprint b = Banks.blueprint(marks, scenarioTasks, everyLo, maxPerAc, fnMarks == 0 ? Map.of() : Map.of("FN", fnMarks), slack);
        BuildResult result = new PaperBuilder(LEVEL, b, bank).build(seed, Set.of());
        Statistics.label("built").collect(result.built());
        // not vacuous: a fair share of the random cases build a paper
        Statistics.label("built").coverage(c -> c.check(true).percentage(p -> p > 10));
        if (!result.built()) {
            assertThat(result.problems()).isNotEmpty().allMatch(p -> !p.isBlank());
            return;
        }
        Paper paper = result.paper();
        List<PaperQuestion> all = paper.allQuestions();
        assertThat(all.stream().mapToInt(PaperQuestion::marks).sum()).isEqualTo(marks);
        assertThat(paper.scenarios()).hasSize(scenarioTasks);
        assertThat(all.stream().mapToInt(PaperQuestion::minutes).sum()).isLessThanOrEqualTo(90 - slack);
        assertThat(all).extracting(PaperQuestion::id).doesNotHaveDuplicates();
        for (var lo : LEVEL.outcomes()) {
            assertThat(all.stream().filter(q -> q.lo() == lo.number()).count()).isGreaterThanOrEqualTo(everyLo);
        }
        assertThat(all.stream().filter(q -> q.topic().equals("FN")).mapToInt(PaperQuestion::marks).sum())
                .isGreaterThanOrEqualTo(fnMarks);
        Map<String, Integer> perAc = new HashMap<>();
        all.forEach(q -> perAc.merge(q.ac(), 1, Integer::sum));
        if (result.notes().isEmpty()) {
            assertThat(perAc.values()).allMatch(n -> n <= maxPerAc);
        }
        // each scenario task carries all its parts, in bank order
        Map<String, List<String>> partsInBank = new LinkedHashMap<>();
        bank.get(0).questions().stream().filter(q -> q.scenario() != null)
                .forEach(q -> partsInBank.computeIfAbsent(q.scenario(), k -> new ArrayList<>()).add(q.id()));
        for (ScenarioTask task : paper.scenarios()) {
            assertThat(task.parts()).extracting(PaperQuestion::id).containsExactlyElementsOf(partsInBank.get(task.id()));
        }
    }

    @Property(tries = 50)
    void theSameBankBlueprintAndSeedGiveTheSamePaper(@ForAll long bankSeed, @ForAll long seed,
            @ForAll @IntRange(min = 10, max = 50) int marks) {
        List<BankFile> bank = randomBank(bankSeed, 40, 3);
        Blueprint b = Banks.blueprint(marks, 1, 1, 1, Map.of(), 5);
        BuildResult first = new PaperBuilder(LEVEL, b, bank).build(seed, Set.of());
        BuildResult again = new PaperBuilder(LEVEL, b, randomBank(bankSeed, 40, 3)).build(seed, Set.of());
        assertThat(again).isEqualTo(first);
    }
}
