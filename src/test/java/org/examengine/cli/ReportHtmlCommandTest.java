package org.examengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.examengine.report.Xhtml;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@code exam report DIR --html FILE} on the marked Level 2 sample set. */
class ReportHtmlCommandTest {

    @TempDir
    static Path dir;

    static Path results;

    private static final String PAPER = "samples/level2-paper.json";

    @BeforeAll
    static void markTheLevel2Sample() {
        results = dir.resolve("out");
        CliRun mark = CliRun.of("mark", "--paper", PAPER, "--answers", "samples/level2-answers.csv",
                "--out", results.toString());
        assertThat(mark.status()).as(mark.err()).isEqualTo(ExitStatus.OK);
    }

    @Test
    void theHtmlAloneIsWrittenWithASheetPerCandidateAndNothingOnStdout() throws Exception {
        Path page = dir.resolve("report.html");
        CliRun run = CliRun.of("report", results.toString(), "--paper", PAPER, "--html", page.toString());
        assertThat(run.status()).as(run.err()).isEqualTo(ExitStatus.OK);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).hasSize(1).first().asString().contains("HTML -> ");
        Document d = Xhtml.parse(Files.readString(page));
        assertThat(Xhtml.all(d, "//section[@class='sheet']")).hasSize(30);
        assertThat(Xhtml.all(d, "//svg[@role='img']")).hasSize(5);
        assertThat(Xhtml.one(d, "//h1").getTextContent()).isEqualTo("Results report: paper L2-2026");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void withFormatTheTextReportStillGoesToStdout() {
        CliRun run = CliRun.of("report", results.toString(), "--paper", PAPER, "--html", dir.resolve("r2.html").toString(), "--format", "md");
        assertThat(run.status()).as(run.err()).isEqualTo(ExitStatus.OK);
        assertThat(run.out()).isNotEmpty();
        assertThat(dir.resolve("r2.html")).exists();
    }

    @Test
    void theAnswersOfAReviewFileAreShownEscaped() throws Exception {
        Path review = dir.resolve("filled.csv");
        Files.writeString(review, "candidate,question,number,mark,max,reasons,misread,answer,points,examiner_mark,examiner_comment,fingerprint\n"
                + "C01,L2-218,4,0,3,near_miss,,\"<script>alert(1)</script> & greet them\",,2,\"ok <b>\",x\n");
        Path page = dir.resolve("r3.html");
        CliRun run = CliRun.of("report", results.toString(), "--paper", PAPER, "--overrides", review.toString(), "--html", page.toString());
        assertThat(run.status()).as(run.err()).isEqualTo(ExitStatus.OK);
        String html = Files.readString(page);
        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; greet them");
        assertThat(Xhtml.texts(Xhtml.parse(html), "//td[@class='example']")).containsExactly("<script>alert(1)</script> & greet them");
    }

    @Test
    void htmlGoesWithOneFolderAndResultsThatCannotBeReadLeaveNoFile() throws Exception {
        CliRun two = CliRun.of("report", results.toString(), results.getParent().toString(), "--paper", PAPER, "--html", dir.resolve("x.html").toString());
        assertThat(two.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(two.err()).contains("--html goes with one results folder");
        Path broken = dir.resolve("broken");
        Files.createDirectories(broken);
        Files.writeString(broken.resolve("results.jsonl"), "{not json\n");
        Path page = dir.resolve("broken.html");
        CliRun bad = CliRun.of("report", broken.toString(), "--html", page.toString());
        assertThat(bad.status()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(bad.err().lines()).hasSize(1).first().asString().contains("results.jsonl:1");
        assertThat(page).doesNotExist();
    }
}
