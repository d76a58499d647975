package org.examengine.cli;

import java.io.PrintWriter;
import org.examengine.source.Finding;
import org.examengine.validate.Coverage;
import org.examengine.validate.ValidationReport;

/**
 * Prints a validation report for people: one line per finding, then per level a coverage table (short questions,
 * scenario parts and marks per LO and AC) and the same counts per performance-code area.
 */
final class ValidationText {

    private static final String ROW = "  %-6s %6s %9s %6s  %s%n";

    void print(ValidationReport report, PrintWriter out) {
        for (Finding f : report.findings()) {
            out.println(f.render());
        }
        for (Coverage level : report.coverage()) {
            out.println();
            out.printf("Level %d (unit %s): %d questions, %d marks, %d scenario tasks%n",
                    level.level(), level.unit(), level.questions(), level.marks(), level.scenarioTasks());
            out.printf(ROW, "LO/AC", "short", "scenario", "marks", "title");
            for (Coverage.OutcomeCoverage lo : level.outcomes()) {
                out.printf(ROW, "LO" + lo.lo(), lo.shortQuestions(), lo.scenarioParts(), lo.marks(), lo.title());
                for (Coverage.CriterionCoverage ac : lo.criteria()) {
                    String title = ac.questions() == 0 ? ac.title() + "  <- not covered" : ac.title();
                    out.printf(ROW, "  " + ac.ac(), ac.shortQuestions(), ac.scenarioParts(), ac.marks(), title);
                }
            }
            int uncovered = level.uncovered().size();
            int all = level.outcomes().stream().mapToInt(o -> o.criteria().size()).sum();
            out.printf("  %d of %d assessment criteria covered%s%n", all - uncovered, all,
                    uncovered == 0 ? "" : "; not yet: " + String.join(", ",
                            level.uncovered().stream().map(Coverage.CriterionCoverage::ac).toList()));
            out.printf(ROW, "topic", "short", "scenario", "marks", "performance-code area");
            for (Coverage.TopicCoverage topic : level.topics()) {
                out.printf(ROW, topic.code(), topic.shortQuestions(), topic.scenarioParts(),
                        topic.marks(), topic.area());
            }
        }
        out.println();
        out.printf("Checked %d file(s): %d question(s), %d grid(s), %d blueprint(s); %d error(s), %d warning(s).%n",
                report.files(), report.questions(), report.grids(), report.blueprints(), report.errors(), report.warnings());
        out.flush();
    }
}
