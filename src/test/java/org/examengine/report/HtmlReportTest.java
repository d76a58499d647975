package org.examengine.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.examengine.grading.Grade;
import org.examengine.paper.GradingRules;
import org.examengine.paper.Paper;
import org.examengine.paper.PaperQuestion;
import org.examengine.report.stats.Distribution;
import org.examengine.report.stats.ResultStatistics;
import org.examengine.report.stats.Thresholds;
import org.examengine.syllabus.Syllabus;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The HTML report of a small result set, read back as XML: its sections in order, one accessible SVG per
 * chart with a table of the same numbers, a feedback sheet per candidate that starts a printed page, no
 * reference to anything outside the file, and candidate text escaped everywhere.
 */
class HtmlReportTest {

    private static final String SCRIPT_ID = "<script>alert(1)</script>";
    private static final String SCRIPT_ANSWER = "<script>alert(\"x\")</script> & <b>shred</b> the files";
    private static final int[] MAX = {2, 3, 2, 3};
    private static final String[] TOPICS = {"FL", "FM", "FN", "FL"};

    private final Syllabus syllabus = Syllabus.standard();

    /** Five candidates; the one named like a script fails with FL and FM; C2's question 2 was re-marked 0 to 2 by an examiner. */
    private ResultSet results() {
        int[][] marks = {{2, 3, 2, 3}, {2, 2, 1, 2}, {1, 2, 1, 1}, {0, 1, 1, 0}, {2, 3, 2, 2}};
        String[] ids = {"C1", "C2", "C3", SCRIPT_ID, "C5"};
        List<CandidateResult> candidates = new ArrayList<>();
        for (int c = 0; c < marks.length; c++) {
            List<ItemResult> items = new ArrayList<>();
            for (int i = 0; i < MAX.length; i++) {
                boolean reMarked = c == 1 && i == 1;
                items.add(new ItemResult("Q" + (i + 1), marks[c][i], MAX[i], marks[c][i] > 0, true,
                        reMarked ? MarkedBy.EXAMINER : MarkedBy.MARKER, reMarked ? 0 : marks[c][i], reMarked, List.of(),
                        marks[c][i] > 0 ? List.of("p" + (i + 1)) : List.of(), false));
            }
            int total = java.util.Arrays.stream(marks[c]).sum();
            Grade grade = total * 100 >= 80 * 10 ? Grade.FIRST_CLASS_PASS : total * 100 >= 60 * 10 ? Grade.PASS : Grade.FAIL;
            candidates.add(new CandidateResult(ids[c], c + 1, total, 10, total * 10.0, grade,
                    grade == Grade.FAIL ? List.of("FL", "FM") : List.of(), items));
        }
        List<PaperQuestion> questions = new ArrayList<>();
        for (int i = 0; i < MAX.length; i++) {
            questions.add(new PaperQuestion(Integer.toString(i + 1), "Q" + (i + 1), MAX[i], 2, 1, "1.1", TOPICS[i], "?"));
        }
        Paper paper = new Paper("L2-T", 2, "112/022", 1, "sha256:00", 90, 5, 10, questions, List.of(), GradingRules.DEFAULTS);
        List<Item> items = questions.stream().map(q -> new Item(q.id(), q.number(), q.marks(), q.topic(), q.lo(), q.ac())).toList();
        return new ResultSet("out/results.jsonl", paper, "exam test paper:00000000", items, candidates);
    }

    private ResultStatistics stats() {
        return ResultStatistics.of(results(), Thresholds.MOODLE, Map.of("Q1", List.of("p1", "never")), null, syllabus);
    }

    private String html() {
        List<ReviewedAnswer> reviewed = List.of(new ReviewedAnswer("C2", "Q2", "2", 3, 0, 2, SCRIPT_ANSWER, "fine </td>"));
        return new HtmlReport(syllabus, FeedbackAdvice.standard()).render(stats(), reviewed, null);
    }

    @Test
    void theReportIsWellFormedWithItsSectionsAndHeadingsInOrder() {
        Document d = Xhtml.parse(html());
        assertThat(Xhtml.all(d, "//h1")).hasSize(1);
        assertThat(Xhtml.all(d, "//h2").stream().map(e -> e.getAttribute("id")).toList())
                .containsExactly("summary", "paper", "items", "agreement", "feedback");
        int previous = 1;
        for (Element h : Xhtml.all(d, "//*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]")) {
            int level = h.getTagName().charAt(1) - '0';
            assertThat(level).as("heading '%s' after an h%d", h.getTextContent(), previous).isLessThanOrEqualTo(previous + 1);
            previous = level;
        }
        assertThat(Xhtml.all(d, "//th[not(@scope) and not(ancestor::tfoot)]")).isEmpty();
        assertThat(Xhtml.one(d, "/html").getAttribute("lang")).isEqualTo("en-GB");
    }

    @Test
    void everyChartIsAnAccessibleSvgWithATableOfTheSameNumbers() {
        Document d = Xhtml.parse(html());
        List<Element> charts = Xhtml.all(d, "//svg[@role='img']");
        assertThat(charts.stream().map(e -> e.getAttribute("id")))
                .containsExactly("chart-grades", "chart-distribution", "chart-codes", "chart-topics", "chart-facility");
        for (Element svg : charts) {
            String id = svg.getAttribute("id");
            assertThat(Xhtml.one(svg, "title").getAttribute("id")).isEqualTo(svg.getAttribute("aria-labelledby"));
            assertThat(Xhtml.one(svg, "title").getTextContent()).as(id).isNotBlank();
            assertThat(Xhtml.one(svg, "desc").getAttribute("id")).isEqualTo(svg.getAttribute("aria-describedby"));
            Element figure = (Element) svg.getParentNode();
            assertThat(figure.getTagName()).isEqualTo("figure");
            Element table = Xhtml.one(figure, ".//table");
            List<String> inTable = Xhtml.texts(table, ".//td[@class='num']");
            List<String> inChart = Xhtml.texts(svg, ".//text[@class='value']");
            if (id.equals("chart-distribution")) {
                // a histogram writes no count over an empty bin; its table lists every bin
                assertThat(inTable.stream().filter(n -> !n.equals("0")).toList()).as(id).isEqualTo(inChart);
            } else {
                assertThat(inTable).as(id).isEqualTo(inChart);
            }
        }
        // decorative bars in tables are hidden from screen readers
        assertThat(Xhtml.all(d, "//svg[not(@role='img')]")).allSatisfy(s -> assertThat(s.getAttribute("aria-hidden")).isEqualTo("true"));
    }

    @Test
    void theChartsShowTheStatisticsNumbers() {
        ResultStatistics s = stats();
        Document d = Xhtml.parse(html());
        // grades: 5 candidates with totals 10, 7, 5, 2, 9 of 10: First Class 10 and 9, Pass 7, Fail 5 and 2
        assertThat(Xhtml.texts(d, "//figure[svg/@id='chart-grades']//td[@class='num']")).containsExactly("2", "1", "2");
        List<String> bins = Xhtml.texts(d, "//figure[svg/@id='chart-distribution']//td[@class='num']");
        assertThat(bins).containsExactlyElementsOf(s.distribution().bins().stream().map(b -> Integer.toString(b.count())).toList());
        assertThat(Xhtml.texts(d, "//svg[@id='chart-distribution']//text[@class='mark-label']"))
                .containsExactly("Pass 60 %", "First Class 80 %");
        // facility of question 1: marks 2, 2, 1, 0, 2 of 2 = 7 / 10 = 70.0 %
        assertThat(Xhtml.texts(d, "//figure[svg/@id='chart-facility']//td[@class='num']").get(0)).isEqualTo("70.0 %");
        // the grid point nobody was credited is listed, in words
        assertThat(Xhtml.texts(d, "//h3[@id='points']/following-sibling::div//tr[th='never']/td")).containsExactly("0", "0 % (never)");
        Distribution dist = s.distribution();
        assertThat(Xhtml.one(d, "//svg[@id='chart-distribution']/desc").getTextContent())
                .contains(dist.passMark() + " marks").contains(dist.firstClassMark() + " marks");
    }

    @Test
    void aFeedbackSheetPerCandidateEachOnANewPrintedPage() {
        String html = html();
        Document d = Xhtml.parse(html);
        List<Element> sheets = Xhtml.all(d, "//section[@class='sheet']");
        assertThat(sheets).hasSize(5);
        assertThat(sheets.stream().map(s -> Xhtml.one(s, "h3").getTextContent()))
                .containsExactly("Feedback for candidate C1", "Feedback for candidate C2", "Feedback for candidate C3",
                        "Feedback for candidate " + SCRIPT_ID, "Feedback for candidate C5");
        Element fail = sheets.get(3);
        assertThat(Xhtml.texts(fail, ".//table[@class='result']//td").get(0)).isEqualTo("Fail");
        assertThat(Xhtml.texts(fail, ".//table[@class='marks']/tbody//td[@class='num'][1]")).containsExactly("0", "1", "1", "0");
        assertThat(Xhtml.texts(fail, ".//section[@class='code']/h5"))
                .containsExactly("FL Customer needs, satisfaction and expectation",
                        "FM Organisation's policies, complaints and confidentiality");
        String means = FeedbackAdvice.standard().of("FL").orElseThrow().means();
        assertThat(Xhtml.texts(fail, ".//section[@class='code']/p")).contains(means);
        // questions 1 and 4 are FL: 0 + 0 of 2 + 3 marks
        assertThat(Xhtml.texts(fail, ".//section[@class='code']/p[@class='evidence']").get(0))
                .isEqualTo("On questions 1 and 4 you earned 0 of 5 marks.");
        assertThat(Xhtml.all(sheets.get(0), ".//section[@class='code']")).isEmpty();
        Matcher print = Pattern.compile("@media print \\{(.*?)\\n}", Pattern.DOTALL).matcher(html);
        assertThat(print.find()).isTrue();
        assertThat(print.group(1)).containsPattern("section\\.sheet[^{]*\\{[^}]*break-before: page");
        assertThat(html).contains("@page { size: A4;");
    }

    @Test
    void candidateTextIsEscapedAndNothingIsLoadedFromOutside() {
        String html = html();
        assertThat(html).doesNotContain("<script").doesNotContain("<b>shred").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(html).doesNotContainPattern("(?i)https?:").doesNotContainPattern("(?i)\\b(src|href)=\"(?!#)")
                .doesNotContain("@import").doesNotContain("url(").doesNotContain("<link").doesNotContain("<img");
        Document d = Xhtml.parse(html);
        Element answer = Xhtml.one(d, "//td[@class='example']");
        assertThat(answer.getTextContent()).isEqualTo(SCRIPT_ANSWER);
        assertThat(answer.getChildNodes().getLength()).isEqualTo(1); // text only, no element made of it
        assertThat(Xhtml.texts(d, "//h3[@id='changed']/following-sibling::table//td")).contains("fine </td>");
    }

    @Test
    void agreementIsShownWhenExaminersMarkedAndExplainedWhenNot() {
        Document d = Xhtml.parse(html());
        // one answer marked by both, marker 0 and examiner 2: no exact agreement
        assertThat(Xhtml.texts(d, "//section[h2/@id='agreement']//dd")).startsWith("1", "0 (0 %)");
        ResultSet none = results();
        List<CandidateResult> markerOnly = none.candidates().stream().map(c -> new CandidateResult(c.candidate(), c.line(),
                c.total(), c.max(), c.percent(), c.grade(), c.codes(), c.items().stream().map(r -> new ItemResult(r.question(),
                r.mark(), r.max(), r.answered(), r.hasRow(), MarkedBy.MARKER, r.mark(), r.review(), r.reasons(), r.points(),
                r.misread())).toList())).toList();
        ResultSet plain = new ResultSet(none.source(), none.paper(), none.fingerprint(), none.items(), markerOnly);
        String html = new HtmlReport(syllabus, FeedbackAdvice.standard())
                .render(ResultStatistics.of(plain, Thresholds.MOODLE, Map.of(), null, syllabus), List.of(), null);
        assertThat(Xhtml.texts(Xhtml.parse(html), "//section[h2/@id='agreement']/p").get(0)).startsWith("No answer has an examiner's mark yet");
    }
}
