package org.examengine.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.examengine.report.stats.MarkPair;
import org.examengine.source.ExamException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewPairsTest {

    private static final String HEADER = "candidate,question,number,mark,max,reasons,misread,answer,points,examiner_mark,"
            + "examiner_comment,fingerprint\r\n";

    @TempDir
    Path dir;

    @Test
    void pairsTheMarkersMarkWithTheExaminersAndSkipsUnmarkedRows() throws IOException {
        ResultSet set = TinyResults.read(dir, "L2-7", new int[] {2, 3}, new String[] {"FL", "FM"},
                new int[][] {{2, 3}, {1, 1}});
        Path review = dir.resolve("review.csv");
        Files.writeString(review, "\uFEFF" + HEADER + "C1,Q2,2,1,3,near_miss,,\"two\nlines\",a,3,ok,x\r\n"
                + "C2,Q1,1,0,2,fuzzy_match,,an answer,,,,x\r\n");

        assertThat(ReviewPairs.read(review, "review.csv", set)).containsExactly(new MarkPair("C1", "Q2", 3, 1, 3));
    }

    @Test
    void aMarkOverTheQuestionsMarksNamesTheLine() throws IOException {
        ResultSet set = TinyResults.read(dir, "L2-7", new int[] {2, 3}, new String[] {"FL", "FM"}, new int[][] {{2, 3}});
        Path review = dir.resolve("review.csv");
        Files.writeString(review, HEADER + "C1,Q2,2,1,3,near_miss,,\"two\nlines\",a,3,ok,x\n"
                + "C1,Q1,1,0,2,near_miss,,x,,5,,x\n");

        assertThatThrownBy(() -> ReviewPairs.read(review, "review.csv", set)).isInstanceOf(ExamException.class)
                .extracting(e -> ((ExamException) e).render()).asString()
                .isEqualTo("review.csv:4:1: field 'examiner_mark': expected a whole number from 0 to 2, found '5'");
    }
}
