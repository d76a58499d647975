package org.examengine.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.examengine.paper.Banks.blueprint;
import static org.examengine.paper.Banks.file;
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

/** exam build --bank-stats --target-mean: the builder prefers papers of the expected difficulty asked for. */
class PaperBuilderTargetTest {

    private final Level level2 = Syllabus.standard().level(2).orElseThrow();
    /** Six outcomes, one 2-mark question each: 12 marks, four questions to choose from per outcome. */
    private final Blueprint twelveMarks = blueprint(12, 0, 1, 9, Map.of(), 0);

    /** Per outcome: E (easy, facility 90 %), H (hard, 10 %), M (50 %) and N (never sat). */
    private List<BankFile> bank() {
        List<Question> qs = new ArrayList<>();
        for (var lo : level2.outcomes()) {
            String ac = lo.criteria().get(0).id();
            for (String kind : List.of("E", "H", "M", "N")) {
                qs.add(shortQuestion(kind + lo.number(), lo.number(), ac, "FL", 2, 2));
            }
        }
        return List.of(file(List.of(), qs));
    }

    private BankStatistics statistics() {
        List<QuestionFacility> rows = new ArrayList<>();
        for (var lo : level2.outcomes()) {
            rows.add(new QuestionFacility("E" + lo.number(), 2, 2, 20, 90, 30));
            rows.add(new QuestionFacility("H" + lo.number(), 2, 2, 20, 10, 30));
            rows.add(new QuestionFacility("M" + lo.number(), 2, 2, 20, 50, 30));
        }
        return new BankStatistics(rows);
    }

    @Test
    void withATargetThePaperIsNearerItThanTheSeedsOwn() {
        // the level facility: every row 20 candidates x 2 marks, facilities 90, 10, 50 in equal numbers: 50 %.
        BankStatistics stats = statistics();
        double level = stats.levelFacility(2).orElseThrow();
        assertThat(level).isEqualTo(50.0);
        PaperBuilder builder = new PaperBuilder(level2, twelveMarks, bank());
        for (double target : new double[] {15, 85}) {
            DifficultyTarget aim = new DifficultyTarget(stats, level, target);
            for (long seed = 1; seed <= 5; seed++) {
                Paper plain = builder.build(seed, Set.of()).paper();
                Paper aimed = builder.build(seed, Set.of(), aim).paper();
                double before = Math.abs(stats.expectedMean(plain, level).percent() - target);
                double after = Math.abs(stats.expectedMean(aimed, level).percent() - target);
                assertThat(after).as("seed %d, target %.0f", seed, target).isLessThan(before);
                assertThat(aimed.id()).isEqualTo(plain.id());
            }
        }
    }

    @Test
    void theSameSeedAndTargetGiveTheSamePaperAndNoTargetChangesNothing() {
        PaperBuilder builder = new PaperBuilder(level2, twelveMarks, bank());
        DifficultyTarget aim = new DifficultyTarget(statistics(), 50, 20);
        assertThat(builder.build(7, Set.of(), aim)).isEqualTo(builder.build(7, Set.of(), aim));
        assertThat(builder.build(7, Set.of(), null)).isEqualTo(builder.build(7, Set.of()));
    }

    @Test
    void aTargetNeverBuysNearnessWithQuestionsToAvoid() {
        // every E question avoided, target 90 %: the easy questions would bring it nearest, but they are to be avoided
        PaperBuilder builder = new PaperBuilder(level2, twelveMarks, bank());
        Set<String> avoid = Set.of("E1", "E2", "E3", "E4", "E5", "E6");
        Paper aimed = builder.build(3, avoid, new DifficultyTarget(statistics(), 50, 90)).paper();
        assertThat(aimed.allQuestions()).extracting(PaperQuestion::id).noneMatch(avoid::contains);
    }
}
