package org.examengine.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.examengine.paper.Banks.blueprint;
import static org.examengine.paper.Banks.file;
import static org.examengine.paper.Banks.part;
import static org.examengine.paper.Banks.scenario;
import static org.examengine.paper.Banks.shortQuestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.examengine.bank.BankFile;
import org.examengine.bank.Question;
import org.examengine.syllabus.Level;
import org.examengine.syllabus.Syllabus;
import org.junit.jupiter.api.Test;

/** The builder on small banks an exam officer could hold in their head. */
class PaperBuilderTest {

    private final Level level2 = Syllabus.standard().level(2).orElseThrow();

    /** Two questions per outcome of Level 2, 2 or 3 marks, and two scenarios of two parts. */
    private List<BankFile> bank() {
        List<Question> qs = new ArrayList<>();
        for (var lo : level2.outcomes()) {
            String ac = lo.criteria().get(0).id();
            String ac2 = lo.criteria().get(lo.criteria().size() - 1).id();
            qs.add(shortQuestion("L2-" + lo.number() + "a", lo.number(), ac, "FL", 2, 3));
            qs.add(shortQuestion("L2-" + lo.number() + "b", lo.number(), ac2, "FM", 3, 4));
        }
        List<Question> parts = List.of(part("L2-S1a", "S1", 1, "1.1", "FN", 2, 3), part("L2-S1b", "S1", 3, "3.1", "FN", 3, 4),
                part("L2-S2a", "S2", 5, "5.1", "FO", 2, 3), part("L2-S2b", "S2", 6, "6.1", "FO", 2, 3));
        return List.of(file(List.of(), qs), file(List.of(scenario("S1"), scenario("S2")), parts));
    }

    @Test
    void aBuiltPaperMeetsTheBlueprintAndKeepsScenarioPartsTogetherInOrder() {
        Blueprint b = blueprint(24, 1, 1, 1, Map.of("FN", 5), 0);
        BuildResult result = new PaperBuilder(level2, b, bank()).build(1, Set.of());
        assertThat(result.problems()).isEmpty();
        Paper paper = result.paper();
        assertThat(paper.allQuestions().stream().mapToInt(PaperQuestion::marks).sum()).isEqualTo(24);
        assertThat(paper.scenarios()).singleElement().satisfies(task -> {
            assertThat(task.id()).isEqualTo("S1");
            assertThat(task.parts()).extracting(PaperQuestion::id).containsExactly("L2-S1a", "L2-S1b");
            assertThat(task.parts()).extracting(PaperQuestion::number).containsExactly(task.number() + "a", task.number() + "b");
        });
        assertThat(paper.allQuestions()).extracting(PaperQuestion::lo).containsAll(List.of(1, 2, 3, 4, 5, 6));
        assertThat(paper.questions()).extracting(PaperQuestion::number).startsWith("1", "2");
        assertThat(paper.unit()).isEqualTo("112/022");
    }

    @Test
    void theSameSeedGivesTheSamePaperAndTheFingerprintFollowsTheBank() {
        Blueprint b = blueprint(20, 1, 1, 1, Map.of(), 0);
        PaperBuilder builder = new PaperBuilder(level2, b, bank());
        assertThat(builder.build(5, Set.of())).isEqualTo(builder.build(5, Set.of()));
        // files read in another order, questions listed in another order: the same bank, the same paper
        BankFile shorts = bank().get(0);
        BankFile tasks = bank().get(1);
        List<Question> backwards = new ArrayList<>(shorts.questions());
        java.util.Collections.reverse(backwards);
        List<BankFile> reordered = List.of(tasks, file(List.of(), backwards));
        assertThat(new PaperBuilder(level2, b, reordered).build(5, Set.of())).isEqualTo(builder.build(5, Set.of()));
        // a changed stem, or scenario parts in another order, is another bank
        List<Question> changed = new ArrayList<>(shorts.questions());
        Question q = changed.get(0);
        changed.set(0, new Question(q.id(), q.level(), q.lo(), q.ac(), q.topic(), q.kind(), q.marks(), q.minutes(),
                q.stem() + " Give an example.", q.scenario(), q.origin()));
        assertThat(new PaperBuilder(level2, b, List.of(file(List.of(), changed), tasks)).fingerprint())
                .isNotEqualTo(builder.fingerprint());
        List<Question> swappedParts = new ArrayList<>(tasks.questions());
        java.util.Collections.swap(swappedParts, 0, 1);
        assertThat(new PaperBuilder(level2, b, List.of(shorts, file(tasks.scenarios(), swappedParts))).fingerprint())
                .isNotEqualTo(builder.fingerprint());
    }

    @Test
    void whatTheBankLacksIsNamedRuleByRule() {
        Blueprint tooMuch = blueprint(200, 3, 4, 1, Map.of("FP", 4), 0);
        BuildResult result = new PaperBuilder(level2, tooMuch, bank()).build(1, Set.of());
        assertThat(result.built()).isFalse();
        assertThat(String.join("\n", result.problems())).contains("marks: the bank's Level 2 questions are worth",
                "scenarios: the bank has 2 scenario task(s); a paper needs 3", "every_lo: LO1 (", "has 3 question(s)",
                "topic FP has 0 mark(s)");
    }

    @Test
    void aTotalNoSetOfQuestionsMakesIsReported() {
        List<Question> fours = new ArrayList<>();
        for (var lo : level2.outcomes()) {
            fours.add(shortQuestion("Q" + lo.number(), lo.number(), lo.criteria().get(0).id(), "FL", 4, 4));
        }
        BuildResult result = new PaperBuilder(level2, blueprint(23, 0, 1, 1, Map.of(), 0), List.of(file(List.of(), fours)))
                .build(1, Set.of());
        assertThat(result.problems()).singleElement().asString().contains("exactly 23 marks");
    }

    @Test
    void rulesThatHoldAloneButNotTogetherEndTheSearchWithTheRuleItCouldNotMeet() {
        // every outcome needs a question, but the only way to 24 marks within the time breaks the outcome rule
        // 11 marks can be made, and six outcomes can be covered, but six questions are worth 12 marks at least
        Blueprint b = blueprint(11, 0, 1, 1, Map.of(), 0);
        BuildResult result = new PaperBuilder(level2, b, bank()).build(1, Set.of());
        assertThat(result.built()).isFalse();
        assertThat(result.problems()).singleElement().asString().startsWith("no selection of the bank's questions meets every rule");
    }

    @Test
    void anAcUsedTwiceIsAllowedOnlyWhenTheBankForcesItAndIsNoted() {
        List<Question> qs = new ArrayList<>();
        for (var lo : level2.outcomes()) {
            qs.add(shortQuestion("A" + lo.number(), lo.number(), lo.criteria().get(0).id(), "FL", 2, 2));
        }
        qs.add(shortQuestion("B1", 1, "1.1", "FL", 2, 2));
        BuildResult result = new PaperBuilder(level2, blueprint(14, 0, 1, 1, Map.of(), 0), List.of(file(List.of(), qs)))
                .build(3, Set.of());
        assertThat(result.built()).isTrue();
        assertThat(result.notes()).singleElement().asString().contains("max_per_ac", "1.1 (2 times)");
    }

    @Test
    void questionsToAvoidAreUsedOnlyWhereNeeded() {
        List<Question> twoPerOutcome = new ArrayList<>();
        for (var lo : level2.outcomes()) {
            twoPerOutcome.add(shortQuestion("A" + lo.number(), lo.number(), lo.criteria().get(0).id(), "FL", 2, 2));
            twoPerOutcome.add(shortQuestion("C" + lo.number(), lo.number(), lo.criteria().get(1).id(), "FL", 2, 2));
        }
        PaperBuilder builder = new PaperBuilder(level2, blueprint(12, 0, 1, 1, Map.of(), 0),
                List.of(file(List.of(), twoPerOutcome)));
        Paper first = builder.build(1, Set.of()).paper();
        Set<String> used = new java.util.HashSet<>(first.allQuestions().stream().map(PaperQuestion::id).toList());
        Paper second = builder.build(2, used).paper();
        long shared = second.allQuestions().stream().filter(q -> used.contains(q.id())).count();
        // one question per outcome, two to choose from: a second paper can avoid every question of the first
        assertThat(shared).isZero();
        assertThat(SeriesOverlap.of(List.of(first, second)).mostShared()).isZero();
    }
}
