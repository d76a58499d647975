package org.examengine.report;

import java.util.ArrayList;
import java.util.List;
import org.examengine.grading.Grade;
import org.examengine.paper.GradingRules;
import org.examengine.syllabus.PerformanceCode;
import org.examengine.syllabus.Syllabus;

/**
 * One feedback sheet per candidate, each its own printed page: grade, total and percent against the pass
 * mark, marks per question with the area each question is about, and for a fail every performance code with
 * what it means and what to work on, in words written for the candidate (from {@link FeedbackAdvice}), and
 * the questions that earned the code.
 */
final class FeedbackSheets {

    private final Syllabus syllabus;
    private final FeedbackAdvice advice;

    FeedbackSheets(Syllabus syllabus, FeedbackAdvice advice) {
        this.syllabus = syllabus;
        this.advice = advice;
    }

    void write(StringBuilder h, ResultSet rs, String heading) {
        for (CandidateResult c : rs.candidates()) {
            sheet(h, rs, c, heading);
        }
    }

    private void sheet(StringBuilder h, ResultSet rs, CandidateResult c, String heading) {
        String id = "sheet-" + HtmlIds.of(c.candidate(), c.line());
        GradingRules rules = rs.grading();
        int max = rs.max();
        h.append("<section class=\"sheet\" id=\"").append(id).append("\" aria-labelledby=\"").append(id).append("-h\">\n")
                .append("<p class=\"sheet-for\">").append(Html.esc(heading)).append("</p>\n")
                .append("<h3 id=\"").append(id).append("-h\">Feedback for candidate ").append(Html.esc(c.candidate())).append("</h3>\n")
                .append("<table class=\"result\">\n<caption>Your result</caption>\n<tbody>\n")
                .append("<tr><th scope=\"row\">Grade</th><td><strong>").append(Html.esc(c.grade().label())).append("</strong></td></tr>\n")
                .append("<tr><th scope=\"row\">Your mark</th><td>").append(c.total()).append(" out of ").append(max)
                .append(" (").append(Html.fixed(100.0 * c.total() / max, 1)).append(" %)</td></tr>\n")
                .append("<tr><th scope=\"row\">Mark needed to pass</th><td>").append(Marks.atPercent(rules.pass(), max))
                .append(" (").append(rules.pass()).append(" %)</td></tr>\n")
                .append("<tr><th scope=\"row\">Mark needed for a First Class Pass</th><td>")
                .append(Marks.atPercent(rules.firstClass(), max)).append(" (").append(rules.firstClass()).append(" %)</td></tr>\n")
                .append("</tbody>\n</table>\n");
        h.append("<p class=\"summary\">").append(Html.esc(summary(c, rules, max))).append("</p>\n");
        marks(h, rs, c, id);
        if (c.grade() == Grade.FAIL && !c.codes().isEmpty()) {
            // the heading stays on the page of the first code's advice
            h.append("<div class=\"keep\">\n<h4>What to work on</h4>\n<p>Each code below is one reason the paper was not ")
                    .append("passed. Start with the ones about the areas where you lost most marks.</p>\n");
            for (int i = 0; i < c.codes().size(); i++) {
                code(h, rs, c, c.codes().get(i));
                h.append(i == 0 ? "</div>\n" : "");
            }
        }
        h.append("</section>\n");
    }

    private static String summary(CandidateResult c, GradingRules rules, int max) {
        if (c.grade() == Grade.FIRST_CLASS_PASS) {
            return "Well done: you passed with a First Class Pass.";
        }
        if (c.grade() == Grade.PASS) {
            int more = Marks.atPercent(rules.firstClass(), max) - c.total();
            return "Well done: you passed. " + more + (more == 1 ? " more mark" : " more marks") + " would have given a First Class Pass.";
        }
        int more = Marks.atPercent(rules.pass(), max) - c.total();
        return "You did not pass this time: you needed " + more + (more == 1 ? " more mark" : " more marks")
                + " to pass. The notes below say what to work on before you try again.";
    }

    private void marks(StringBuilder h, ResultSet rs, CandidateResult c, String id) {
        h.append("<h4>Your marks question by question</h4>\n<table class=\"marks\">\n<caption class=\"sr\">Marks of candidate ")
                .append(Html.esc(c.candidate())).append(" per question</caption>\n<thead><tr><th scope=\"col\">Question</th>")
                .append("<th scope=\"col\">About</th><th scope=\"col\" class=\"num\">Your mark</th><th scope=\"col\" class=\"num\">Out of</th>")
                .append("<th scope=\"col\">Note</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < rs.items().size(); i++) {
            Item item = rs.items().get(i);
            ItemResult r = c.item(i);
            String note = !r.answered() ? "not answered" : r.mark() == r.max() ? "full marks" : "";
            h.append("<tr><th scope=\"row\">").append(Html.esc(item.number())).append("</th><td>").append(Html.esc(area(item.topic())))
                    .append("</td><td class=\"num\">").append(r.mark()).append("</td><td class=\"num\">").append(r.max())
                    .append("</td><td>").append(note).append("</td></tr>\n");
        }
        h.append("</tbody>\n<tfoot><tr><th scope=\"row\" colspan=\"2\">Total</th><td class=\"num\">").append(c.total())
                .append("</td><td class=\"num\">").append(rs.max()).append("</td><td></td></tr></tfoot>\n</table>\n");
    }

    private void code(StringBuilder h, ResultSet rs, CandidateResult c, String code) {
        String area = syllabus.code(code).map(PerformanceCode::area).orElse("");
        h.append("<section class=\"code\">\n<h5><span class=\"code-id\">").append(Html.esc(code)).append("</span> ")
                .append(Html.esc(area)).append("</h5>\n");
        FeedbackAdvice.Advice a = advice.of(code).orElse(null);
        if (a != null) {
            h.append("<p>").append(Html.esc(a.means())).append("</p>\n");
        }
        String evidence = evidence(rs, c, code);
        if (!evidence.isEmpty()) {
            h.append("<p class=\"evidence\">").append(Html.esc(evidence)).append("</p>\n");
        }
        if (a != null && !a.workOn().isEmpty()) {
            h.append("<ul>\n");
            a.workOn().forEach(w -> h.append("<li>").append(Html.esc(w)).append("</li>\n"));
            h.append("</ul>\n");
        }
        h.append("</section>\n");
    }

    /** The questions behind a code, in words: which ones, and the marks earned on them. */
    private static String evidence(ResultSet rs, CandidateResult c, String code) {
        List<String> numbers = new ArrayList<>();
        int earned = 0;
        int available = 0;
        int answered = 0;
        for (int i = 0; i < rs.items().size(); i++) {
            Item item = rs.items().get(i);
            ItemResult r = c.item(i);
            answered += r.answered() ? 1 : 0;
            boolean about = switch (code) {
                case "FK" -> r.misread();
                case "AA", "AB" -> false;
                default -> item.topic().equals(code);
            };
            if (about) {
                numbers.add(item.number());
                earned += r.mark();
                available += r.max();
            }
        }
        if (code.equals("AB")) {
            return "You answered " + answered + " of the " + rs.items().size() + " questions.";
        }
        if (numbers.isEmpty()) {
            return "";
        }
        String list = (numbers.size() == 1 ? "question " : "questions ") + Marks.join(numbers);
        if (code.equals("FK")) {
            return "The answers that looked like a different question: " + list + ".";
        }
        return "On " + list + " you earned " + earned + " of " + available + " marks.";
    }

    private String area(String topic) {
        return syllabus.code(topic).map(PerformanceCode::area).orElse(topic);
    }
}
