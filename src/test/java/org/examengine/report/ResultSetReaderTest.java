package org.examengine.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.examengine.grading.Grade;
import org.examengine.source.ExamException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultSetReaderTest {

    private static final int[] MAX = {2, 3};
    private static final String[] TOPICS = {"FL", "FM"};

    @TempDir
    Path dir;

    @Test
    void readsCandidatesAndTheirItemsInPaperOrder() throws IOException {
        ResultSet set = TinyResults.read(dir, "L2-7", MAX, TOPICS, new int[][] {{2, 3}, {0, 1}});

        assertThat(set.paper().id()).isEqualTo("L2-7");
        assertThat(set.items()).extracting(Item::id).containsExactly("Q1", "Q2");
        assertThat(set.items().get(1)).isEqualTo(new Item("Q2", "2", 3, "FM", 2, "2.1"));
        assertThat(set.candidates()).extracting(CandidateResult::candidate).containsExactly("C1", "C2");
        CandidateResult c2 = set.candidates().get(1);
        assertThat(c2.total()).isEqualTo(1);
        assertThat(c2.grade()).isEqualTo(Grade.FAIL);
        assertThat(c2.line()).isEqualTo(2);
        assertThat(c2.item(1).mark()).isEqualTo(1);
        assertThat(c2.item(1).markedBy()).isEqualTo(MarkedBy.MARKER);
        assertThat(set.max()).isEqualTo(5);
    }

    @Test
    void aQuestionWithoutAnswerRowIsUnansweredWithNoMarks() throws IOException {
        TinyResults.write(dir, "L2-7", MAX, TOPICS, new int[][] {{2, 3}});
        String line = Files.readString(dir.resolve("results.jsonl"));
        String withoutQ2 = line.replaceFirst(",\\{\"question\":\"Q2\"[^}]*\\}", "").replace("\"total\":5", "\"total\":2");
        Files.writeString(dir.resolve("results.jsonl"), withoutQ2);

        ItemResult q2 = new ResultSetReader().read(dir, null).candidates().get(0).item(1);

        assertThat(q2.hasRow()).isFalse();
        assertThat(q2.answered()).isFalse();
        assertThat(q2.mark()).isZero();
    }

    @Test
    void anExaminersMarkKeepsTheMarkersBeside() throws IOException {
        TinyResults.write(dir, "L2-7", MAX, TOPICS, new int[][] {{2, 3}});
        String text = Files.readString(dir.resolve("results.jsonl")).replace(
                "\"mark\":3,\"max\":3,\"confidence\":\"sure\",\"reasons\":[],\"points\":[],\"marked_by\":\"marker\"",
                "\"mark\":3,\"max\":3,\"confidence\":\"review\",\"reasons\":[\"fuzzy_match\"],"
                        + "\"points\":[{\"point\":\"a\"},{\"point\":\"b\"}],\"marked_by\":\"examiner\",\"marker_mark\":1,"
                        + "\"examiner_comment\":\"\"");
        Files.writeString(dir.resolve("results.jsonl"), text);

        ItemResult q2 = new ResultSetReader().read(dir, null).candidates().get(0).item(1);

        assertThat(q2.markedBy()).isEqualTo(MarkedBy.EXAMINER);
        assertThat(q2.markerMark()).isEqualTo(1);
        assertThat(q2.review()).isTrue();
        assertThat(q2.reasons()).containsExactly("fuzzy_match");
        assertThat(q2.points()).containsExactly("a", "b");
    }

    @Test
    void aMarkOverTheQuestionsMarksNamesFileLineAndField() throws IOException {
        TinyResults.write(dir, "L2-7", MAX, TOPICS, new int[][] {{2, 3}, {1, 1}});
        String text = Files.readString(dir.resolve("results.jsonl"));
        int second = text.indexOf('\n') + 1;
        Files.writeString(dir.resolve("results.jsonl"), text.substring(0, second)
                + text.substring(second).replaceFirst("\"mark\":1,\"max\":2", "\"mark\":4,\"max\":2"));

        assertThatThrownBy(() -> new ResultSetReader().read(dir, null)).isInstanceOf(ExamException.class)
                .extracting(e -> ((ExamException) e).render()).asString()
                .startsWith(dir.resolve("results.jsonl") + ":2:1: field 'answers[0].mark'");
    }

    @Test
    void brokenJsonNamesTheLine() throws IOException {
        TinyResults.write(dir, "L2-7", MAX, TOPICS, new int[][] {{2, 3}});
        Files.writeString(dir.resolve("results.jsonl"), "\n{\"candidate\":", java.nio.file.StandardOpenOption.APPEND);

        assertThatThrownBy(() -> new ResultSetReader().read(dir, null))
                .extracting(e -> ((ExamException) e).render()).asString()
                .contains("results.jsonl:3:").contains("not JSON");
    }

    @Test
    void anEditedPaperIsNotTheOneTheResultsWereMarkedAgainst() throws IOException {
        TinyResults.write(dir, "L2-7", MAX, TOPICS, new int[][] {{2, 3}});
        Path paper = dir.resolve("L2-7.json");
        Files.writeString(paper, Files.readString(paper).replace("Question 1.", "Question one."));

        assertThatThrownBy(() -> new ResultSetReader().read(dir, null))
                .extracting(e -> ((ExamException) e).render()).asString()
                .contains("results.jsonl:1:1: field 'fingerprint'").contains("different or edited");
    }

    @Test
    void aPaperNotBesideTheResultsMustBeGiven() throws IOException {
        Path results = Files.createDirectory(dir.resolve("out"));
        TinyResults.write(results, "L2-7", MAX, TOPICS, new int[][] {{2, 3}});
        Path elsewhere = Files.createDirectory(dir.resolve("papers")).resolve("mine.json");
        Files.move(results.resolve("L2-7.json"), elsewhere);

        assertThatThrownBy(() -> new ResultSetReader().read(results, null))
                .extracting(e -> ((ExamException) e).render()).asString()
                .contains("results of paper L2-7, which is not beside them").contains("--paper");
        assertThat(new ResultSetReader().read(results, elsewhere).candidates()).hasSize(1);
    }

    @Test
    void aCandidateTwiceIsAnError() throws IOException {
        TinyResults.write(dir, "L2-7", MAX, TOPICS, new int[][] {{2, 3}});
        String line = Files.readString(dir.resolve("results.jsonl"));
        Files.writeString(dir.resolve("results.jsonl"), line + line);

        assertThatThrownBy(() -> new ResultSetReader().read(dir, null))
                .extracting(e -> ((ExamException) e).render()).asString()
                .contains("results.jsonl:2:1: field 'candidate': C1 again (first on line 1)");
    }
}
