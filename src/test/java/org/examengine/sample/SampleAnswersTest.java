package org.examengine.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.examengine.grid.Grid;
import org.examengine.marking.MarkingSources;
import org.examengine.paper.Blueprint;
import org.examengine.paper.Paper;
import org.examengine.paper.PaperBuilder;
import org.examengine.paper.PaperQuestion;
import org.examengine.syllabus.Syllabus;
import org.examengine.validate.SourceCollector;
import org.examengine.validate.SourceSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sample answers to a Level 1 paper built from the shipped banks, written with the shipped grids. */
class SampleAnswersTest {

    private static Paper paper;
    private static MarkingSources sources;

    /** One answer as it reads back from either layout. */
    record Triple(String candidate, String question, String answer) {
    }

    @BeforeAll
    static void shippedLevel1() {
        SourceSet banks = new SourceCollector().collect(List.of(Path.of("question-banks")), Path::toString);
        Blueprint blueprint = banks.blueprints().stream().filter(b -> b.level() == 1).findFirst().orElseThrow();
        paper = new PaperBuilder(Syllabus.standard().level(1).orElseThrow(), blueprint, banks.banks()).build(1, Set.of()).paper();
        sources = MarkingSources.load(Path.of("marking-grids"), null, Path::toString);
    }

    private static String written(long seed, int candidates, AnswerLayout layout) {
        StringWriter out = new StringWriter();
        SampleAnswers.Written written = new SampleAnswers(paper, sources.grids(), sources.thesaurus(), seed)
                .write(out, candidates, layout);
        assertThat(written).isEqualTo(new SampleAnswers.Written((long) candidates * paper.allQuestions().size(), candidates));
        return out.toString();
    }

    private static List<Triple> parsed(String csv) throws IOException {
        List<Triple> triples = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            List<String> header = parser.getHeaderNames();
            for (CSVRecord row : parser) {
                if (header.equals(List.of("candidate", "question", "answer"))) {
                    triples.add(new Triple(row.get(0), row.get(1), row.get(2)));
                } else {
                    for (int i = 1; i < header.size(); i++) {
                        triples.add(new Triple(row.get(0), header.get(i), row.get(i)));
                    }
                }
            }
        }
        return triples;
    }

    private static List<String> paperOrder() {
        return paper.allQuestions().stream().map(PaperQuestion::id).toList();
    }

    @Test
    void theSameSeedWritesTheSameBytesAndAnotherSeedOtherAnswers() {
        String first = written(7, 50, AnswerLayout.LONG);
        assertThat(written(7, 50, AnswerLayout.LONG)).isEqualTo(first);
        assertThat(written(8, 50, AnswerLayout.LONG)).isNotEqualTo(first);
    }

    @Test
    void aCandidatesAnswersDoNotDependOnHowManyAreWritten() throws IOException {
        for (AnswerLayout layout : AnswerLayout.values()) {
            String ten = written(3, 10, layout);
            String hundred = written(3, 100, layout);
            assertThat(hundred).startsWith(ten);
            assertThat(parsed(hundred).subList(0, 10 * paperOrder().size())).isEqualTo(parsed(ten));
        }
    }

    @Test
    void everyCandidateAnswersEveryQuestionOfThePaperInPaperOrder() throws IOException {
        List<Triple> rows = parsed(written(1, 40, AnswerLayout.LONG));
        assertThat(rows).hasSize(40 * paperOrder().size());
        for (int c = 0; c < 40; c++) {
            List<Triple> own = rows.subList(c * paperOrder().size(), (c + 1) * paperOrder().size());
            assertThat(own).extracting(Triple::candidate).containsOnly(SampleAnswers.candidateId(c + 1));
            assertThat(own).extracting(Triple::question).containsExactlyElementsOf(paperOrder());
        }
        assertThat(rows.get(0).candidate()).isEqualTo("C000001");
    }

    @Test
    void bothLayoutsReadBackToTheSameAnswersWithCommasQuotesAndLineBreaksIntact() throws IOException {
        String wide = written(5, 300, AnswerLayout.WIDE);
        assertThat(wide.lines().findFirst().orElseThrow()).isEqualTo("candidate," + String.join(",", paperOrder()));
        List<Triple> fromLong = parsed(written(5, 300, AnswerLayout.LONG));
        assertThat(parsed(wide)).isEqualTo(fromLong);
        assertThat(fromLong).extracting(Triple::answer)
                .anyMatch(a -> a.contains(","))
                .anyMatch(a -> a.contains("\""))
                .anyMatch(a -> a.contains("\n"));
    }

    @Test
    void blanksRamblesAndGivingUpComeInSensibleShares() throws IOException {
        int candidates = 2000;
        List<Triple> rows = parsed(written(11, candidates, AnswerLayout.LONG));
        long blank = rows.stream().filter(t -> t.answer().isEmpty()).count();
        long rambling = rows.stream().filter(t -> words(t.answer()) >= 150).count();
        assertThat(blank / (double) rows.size()).isBetween(0.02, 0.08);
        assertThat(rambling / (double) rows.size()).isBetween(0.005, 0.03);
        assertThat(rows).allSatisfy(t -> assertThat(words(t.answer())).isLessThanOrEqualTo(300));
        Map<String, Integer> blanksByCandidate = new HashMap<>();
        rows.stream().filter(t -> t.answer().isEmpty()).forEach(t -> blanksByCandidate.merge(t.candidate(), 1, Integer::sum));
        long mostlyBlank = blanksByCandidate.values().stream().filter(n -> n > paperOrder().size() / 2).count();
        assertThat(mostlyBlank / (double) candidates).as("candidates with too little work").isBetween(0.002, 0.03);
    }

    @Test
    void noAnswerStartsLikeASpreadsheetFormula() throws IOException {
        assertThat(parsed(written(2, 500, AnswerLayout.LONG))).extracting(Triple::answer)
                .noneMatch(a -> !a.isEmpty() && "=+-@\t\r".indexOf(a.charAt(0)) >= 0);
    }

    @Test
    void aQuestionWithoutAGridIsRefusedByName() {
        Map<String, Grid> grids = new HashMap<>(sources.grids());
        String first = paperOrder().get(0);
        grids.remove(first);
        assertThat(SampleAnswers.questionsWithoutGrid(paper, grids)).containsExactly(first);
        assertThatThrownBy(() -> new SampleAnswers(paper, grids, null, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(first);
    }

    @Test
    void withoutAThesaurusItStillWritesAnswers() throws IOException {
        StringWriter out = new StringWriter();
        new SampleAnswers(paper, sources.grids(), null, 1).write(out, 5, AnswerLayout.LONG);
        assertThat(parsed(out.toString())).hasSize(5 * paperOrder().size());
    }

    private static int words(String answer) {
        String stripped = answer.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
