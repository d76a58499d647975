package org.examengine.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.examengine.report.stats.ResultStatistics;
import org.examengine.syllabus.Level;
import org.examengine.syllabus.Syllabus;

/**
 * The HTML report of one marked result set: one self-contained page (inline CSS and SVG, no script, nothing
 * loaded from anywhere) with the centre summary, the paper statistics, the item analysis, marker against
 * examiners, and a feedback sheet per candidate, each on its own printed page. Every chart has its numbers
 * in a table beside it; every piece of text from the results is escaped. The markup is also well-formed XML,
 * so a test can read it with the JDK's parser.
 */
public final class HtmlReport {

    static final String CSS = "report.css";

    private final Syllabus syllabus;
    private final FeedbackAdvice advice;

    public HtmlReport(Syllabus syllabus, FeedbackAdvice advice) {
        this.syllabus = syllabus;
        this.advice = advice;
    }

    /**
     * The report of the one result set {@code exam report} analysed.
     *
     * @param dir       its folder, whose {@code review.csv} holds the text of the answers examiners marked
     * @param overrides the filled-in review file the agreement was computed from, or {@code null} for the
     *                  examiners' marks in the results
     */
    public String render(ResultReports.Analysis analysis, Path dir, Path overrides, Function<Path, String> shown) {
        if (analysis.sets().size() != 1) {
            throw new IllegalArgumentException("the HTML report is of one result set, not " + analysis.sets().size());
        }
        ResultStatistics stats = analysis.sets().get(0);
        Path review = dir.resolve("review.csv");
        List<ReviewedAnswer> reviewed = overrides != null
                ? ReviewAnswers.fromReviewFile(stats.set(), overrides, shown.apply(overrides))
                : ReviewAnswers.fromResults(stats.set(), review, shown.apply(review));
        return render(stats, reviewed, overrides == null ? null : shown.apply(overrides));
    }

    /**
     * @param stats     the statistics of the result set
     * @param reviewed  answers examiners marked, with their text, shown with the agreement (may be empty)
     * @param reviewFile the review file the agreement comes from, as shown, or {@code null} for the results
     */
    public String render(ResultStatistics stats, List<ReviewedAnswer> reviewed, String reviewFile) {
        ResultSet rs = stats.set();
        String level = syllabus.level(rs.paper().level()).map(Level::title).orElse("Level " + rs.paper().level());
        String qualification = syllabus.qualification() + " " + syllabus.title();
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>Results report: paper ")
                .append(Html.esc(rs.paper().id())).append("</title>\n<style>\n").append(css()).append("</style>\n</head>\n<body>\n");
        h.append("<header>\n<p class=\"sub\">").append(Html.esc(qualification)).append(" \u00b7 ").append(Html.esc(level))
                .append("</p>\n<h1>Results report: paper ").append(Html.esc(rs.paper().id())).append("</h1>\n<p class=\"sub\">")
                .append(rs.candidates().size()).append(rs.candidates().size() == 1 ? " candidate" : " candidates")
                .append(" \u00b7 ").append(rs.items().size()).append(" questions \u00b7 ").append(rs.max()).append(" marks \u00b7 Pass at ")
                .append(rs.grading().pass()).append(" %, First Class Pass at ").append(rs.grading().firstClass()).append(" %</p>\n")
                .append("<p class=\"fine\">From ").append(Html.esc(rs.source())).append(", marked by ").append(Html.esc(rs.fingerprint()))
                .append(".</p>\n</header>\n");
        contents(h, rs);
        h.append("<main>\n");
        new SummarySection(syllabus).write(h, stats);
        new PaperSection().write(h, stats);
        new ItemsSection().write(h, stats);
        new AgreementSection().write(h, stats, reviewed, reviewFile);
        h.append("<h2 class=\"screen\" id=\"feedback\">Feedback for candidates</h2>\n<p class=\"screen\">One sheet per candidate, ")
                .append("each on its own page when printed, to hand to the candidate.</p>\n");
        new FeedbackSheets(syllabus, advice).write(h, rs, qualification + " \u00b7 " + level + " \u00b7 paper " + rs.paper().id());
        h.append("</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void contents(StringBuilder h, ResultSet rs) {
        h.append("<nav class=\"contents\" aria-label=\"Contents\">\n<ol>\n")
                .append("<li><a href=\"#summary\">Centre summary</a></li>\n")
                .append("<li><a href=\"#paper\">Paper statistics</a></li>\n")
                .append("<li><a href=\"#items\">Item analysis</a></li>\n")
                .append("<li><a href=\"#agreement\">Marker and examiners</a></li>\n")
                .append("<li><a href=\"#feedback\">Feedback for candidates</a> (").append(rs.candidates().size()).append(")</li>\n")
                .append("</ol>\n</nav>\n");
    }

    static String css() {
        try (InputStream in = HtmlReport.class.getResourceAsStream(CSS)) {
            if (in == null) {
                throw new IllegalStateException("report style missing from the jar: " + CSS);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
