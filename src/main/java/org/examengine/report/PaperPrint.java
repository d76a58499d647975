package org.examengine.report;

import java.util.List;
import java.util.Map;
import org.examengine.grid.Grid;
import org.examengine.grid.Phrase;
import org.examengine.grid.Point;
import org.examengine.paper.Paper;
import org.examengine.paper.PaperQuestion;
import org.examengine.paper.ScenarioTask;

/**
 * A paper as a centre hands it out, in HTML (print CSS: A4, cover page, page breaks, marks in the right
 * margin, ruled answer space) or Markdown; and the marker's copy, the same questions with their grids.
 */
public final class PaperPrint {

    /** Ruled lines of answer space per mark. */
    static final int LINES_PER_MARK = 3;

    private final String qualification;

    /** @param qualification the qualification's name, e.g. "8992 Award in Customer Service" */
    public PaperPrint(String qualification) {
        this.qualification = qualification;
    }

    public String candidateHtml(Paper paper, String levelTitle) {
        StringBuilder h = head(paper, "Question paper");
        cover(h, paper, levelTitle);
        h.append("<section class=\"questions\">\n<h2>Section A</h2>\n<p class=\"instr\">Answer all the questions.</p>\n");
        for (PaperQuestion q : paper.questions()) {
            question(h, q, null);
        }
        if (!paper.scenarios().isEmpty()) {
            h.append("<h2 class=\"break\">Section B</h2>\n<p class=\"instr\">Read each situation, then answer all its questions.</p>\n");
            for (ScenarioTask task : paper.scenarios()) {
                scenario(h, task, null);
            }
        }
        h.append("<p class=\"end\">End of paper</p>\n</section>\n</body>\n</html>\n");
        return h.toString();
    }

    public String markerHtml(Paper paper, String levelTitle, Map<String, Grid> grids) {
        StringBuilder h = head(paper, "Marker's copy");
        h.append("<header class=\"marker\"><h1>").append(esc(qualification)).append(" &mdash; marker's copy</h1>\n<p>")
                .append(esc(levelTitle)).append(", unit ").append(esc(paper.unit())).append(", paper ").append(esc(paper.id()))
                .append(". Not for candidates.</p></header>\n<section class=\"questions\">\n");
        for (PaperQuestion q : paper.questions()) {
            question(h, q, grids);
        }
        for (ScenarioTask task : paper.scenarios()) {
            scenario(h, task, grids);
        }
        h.append("</section>\n</body>\n</html>\n");
        return h.toString();
    }

    public String candidateMarkdown(Paper paper, String levelTitle) {
        StringBuilder m = new StringBuilder();
        m.append("# ").append(levelTitle).append("\n\n").append(qualification).append(" · Unit ").append(paper.unit())
                .append(" · Paper ").append(paper.id()).append("\n\n")
                .append("| Candidate name | |\n|---|---|\n| Candidate number | |\n| Centre number | |\n\n")
                .append("**Time allowed: ").append(paper.duration()).append(" minutes**, plus ").append(paper.reading())
                .append(" minutes' reading time. ").append(paper.marks()).append(" marks.\n\n")
                .append("Use the reading time to read the whole paper. Answer **all** the questions in the spaces provided. ")
                .append("The marks for each question are shown in brackets.\n\n## Section A\n\n");
        paper.questions().forEach(q -> markdownQuestion(m, q, null));
        if (!paper.scenarios().isEmpty()) {
            m.append("## Section B\n\nRead each situation, then answer all its questions.\n\n");
            paper.scenarios().forEach(t -> markdownTask(m, t, null));
        }
        return m.append("*End of paper*\n").toString();
    }

    public String markerMarkdown(Paper paper, String levelTitle, Map<String, Grid> grids) {
        StringBuilder m = new StringBuilder();
        m.append("# ").append(qualification).append(": marker's copy\n\n").append(levelTitle).append(", unit ")
                .append(paper.unit()).append(", paper ").append(paper.id()).append(". Not for candidates.\n\n");
        paper.questions().forEach(q -> markdownQuestion(m, q, grids));
        paper.scenarios().forEach(t -> markdownTask(m, t, grids));
        return m.toString();
    }

    private static void markdownTask(StringBuilder m, ScenarioTask task, Map<String, Grid> grids) {
        m.append("**").append(task.number()).append(".**\n\n> ").append(task.context()).append("\n\n");
        task.parts().forEach(q -> markdownQuestion(m, q, grids));
    }

    private static void markdownQuestion(StringBuilder m, PaperQuestion q, Map<String, Grid> grids) {
        m.append("**").append(q.number()).append(".** ").append(q.stem()).append(" **[").append(q.marks())
                .append(q.marks() == 1 ? " mark" : " marks").append("]**\n\n");
        if (grids == null) {
            m.append("_".repeat(60).concat("\n\n").repeat(q.marks() * LINES_PER_MARK));
            return;
        }
        Grid grid = grids.get(q.id());
        m.append("*").append(q.id()).append(" · LO").append(q.lo()).append(" AC ").append(q.ac()).append(" · ")
                .append(q.topic()).append("*\n\n");
        if (grid == null) {
            m.append("No grid for this question.\n\n");
            return;
        }
        for (Point p : grid.points()) {
            m.append("- ").append(p.marks()).append(" ").append(p.id())
                    .append(p.group() == null ? "" : " (" + p.group() + ")").append(": ").append(phrases(p.accept())).append("\n");
        }
        if (!grid.reject().isEmpty()) {
            m.append("- Do not credit: ").append(phrases(grid.reject())).append("\n");
        }
        if (grid.guidance() != null) {
            m.append("\n*").append(grid.guidance()).append("*\n");
        }
        m.append("\n");
    }

    private StringBuilder head(Paper paper, String what) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(paper.id())).append(" &mdash; ").append(what).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n");
        return h;
    }

    private void cover(StringBuilder h, Paper paper, String levelTitle) {
        h.append("<section class=\"cover\">\n<p class=\"qual\">").append(esc(qualification)).append("</p>\n<h1>")
                .append(esc(levelTitle)).append("</h1>\n<p class=\"unit\">Unit ").append(esc(paper.unit()))
                .append(" &middot; Paper ").append(esc(paper.id())).append("</p>\n<table class=\"boxes\">\n")
                .append("<tr><th>Candidate name</th><td class=\"wide\"></td></tr>\n")
                .append("<tr><th>Candidate number</th><td></td></tr>\n<tr><th>Centre number</th><td></td></tr>\n</table>\n")
                .append("<p class=\"time\">Time allowed: <strong>").append(paper.duration()).append(" minutes</strong>, plus ")
                .append(paper.reading()).append(" minutes' reading time</p>\n<h2>Instructions</h2>\n<ul>\n")
                .append("<li>Use the reading time to read the whole paper. Do not start writing until you are told to.</li>\n")
                .append("<li>Answer <strong>all</strong> the questions in the spaces provided.</li>\n")
                .append("<li>The marks for each question are shown in brackets. This paper has <strong>").append(paper.marks())
                .append(" marks</strong>.</li>\n<li>Write clearly. Where a question asks for a number of points, give that many.</li>\n")
                .append("</ul>\n<table class=\"examiner\"><tr><th>For the examiner</th><th>Total</th></tr>")
                .append("<tr><td></td><td class=\"total\">/ ").append(paper.marks()).append("</td></tr></table>\n</section>\n");
    }

    private void scenario(StringBuilder h, ScenarioTask task, Map<String, Grid> grids) {
        h.append("<div class=\"task\">\n<p class=\"qn\">").append(esc(task.number())).append("</p>\n<blockquote>")
                .append(esc(task.context())).append("</blockquote>\n");
        for (PaperQuestion q : task.parts()) {
            question(h, q, grids);
        }
        h.append("</div>\n");
    }

    private void question(StringBuilder h, PaperQuestion q, Map<String, Grid> grids) {
        h.append("<div class=\"q\">\n<span class=\"num\">").append(esc(q.number())).append("</span>\n<p class=\"stem\">")
                .append(esc(q.stem())).append("</p>\n<span class=\"marks\">[").append(q.marks())
                .append(q.marks() == 1 ? " mark" : " marks").append("]</span>\n");
        if (grids == null) {
            h.append("<div class=\"lines\" style=\"height:").append(q.marks() * LINES_PER_MARK * 2.2).append("em\"></div>\n");
        } else {
            grid(h, q, grids.get(q.id()));
        }
        h.append("</div>\n");
    }

    private static void grid(StringBuilder h, PaperQuestion q, Grid grid) {
        h.append("<div class=\"grid\"><p class=\"tag\">").append(esc(q.id())).append(" &middot; LO").append(q.lo())
                .append(" AC ").append(esc(q.ac())).append(" &middot; ").append(esc(q.topic())).append("</p>\n");
        if (grid == null) {
            h.append("<p class=\"missing\">No grid for this question.</p></div>\n");
            return;
        }
        h.append("<ul>\n");
        for (Point p : grid.points()) {
            h.append("<li><strong>").append(p.marks()).append("</strong> ").append(esc(p.id()));
            if (p.group() != null) {
                h.append(" <em>(").append(esc(p.group())).append(", at most ")
                        .append(grid.groups().get(p.group()) == null ? "?" : grid.groups().get(p.group()).cap()).append(")</em>");
            }
            h.append(": ").append(esc(phrases(p.accept()))).append("</li>\n");
        }
        h.append("</ul>\n");
        if (!grid.reject().isEmpty()) {
            h.append("<p><strong>Do not credit:</strong> ").append(esc(phrases(grid.reject()))).append("</p>\n");
        }
        if (grid.guidance() != null) {
            h.append("<p class=\"guidance\">").append(esc(grid.guidance())).append("</p>\n");
        }
        h.append("</div>\n");
    }

    private static String phrases(List<Phrase> phrases) {
        return String.join("; ", phrases.stream().map(p -> "\u201c" + p.text() + "\u201d").toList());
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static final String CSS = """
            @page { size: A4; margin: 18mm 16mm 20mm 16mm; }
            body { font-family: "DejaVu Serif", Georgia, serif; font-size: 11.5pt; line-height: 1.45; color: #111;
                   max-width: 178mm; margin: 0 auto; }
            .cover { page-break-after: always; break-after: page; padding-top: 10mm; }
            .cover .qual { font-variant: small-caps; letter-spacing: .05em; margin: 0; }
            .cover h1 { font-size: 22pt; margin: .2em 0; }
            .cover .unit { margin-top: 0; color: #444; }
            table.boxes { border-collapse: collapse; margin: 10mm 0 6mm; width: 100%; }
            table.boxes th { text-align: left; font-weight: normal; width: 40mm; padding: 2mm 0; }
            table.boxes td { border: 1.2pt solid #111; height: 9mm; width: 60mm; }
            table.boxes td.wide { width: auto; }
            .time { font-size: 13pt; }
            table.examiner { border-collapse: collapse; margin: 12mm 0 0 auto; }
            table.examiner th, table.examiner td { border: 1pt solid #111; padding: 2mm 4mm; }
            td.total { height: 12mm; text-align: right; vertical-align: bottom; }
            h2 { font-size: 14pt; border-bottom: 1pt solid #111; }
            h2.break { page-break-before: always; break-before: page; }
            .instr { font-style: italic; }
            .q { display: grid; grid-template-columns: 10mm 1fr 22mm; column-gap: 3mm; margin: 5mm 0;
                 page-break-inside: avoid; break-inside: avoid; }
            .q .num { font-weight: bold; }
            .q .stem { margin: 0; grid-column: 2; }
            .q .marks { grid-column: 3; text-align: right; white-space: nowrap; font-weight: bold; }
            .q .lines, .q .grid { grid-column: 2 / 4; }
            .lines { background: repeating-linear-gradient(to bottom, transparent 0, transparent 2.1em, #999 2.1em, #999 2.2em);
                     -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            .task { margin-top: 6mm; }
            .task > .qn { font-weight: bold; margin-bottom: 0; }
            blockquote { border-left: 3pt solid #555; margin: 2mm 0 2mm 10mm; padding: 2mm 4mm; background: #f3f3f3;
                         -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            .grid { font-size: 10.5pt; border: .8pt solid #999; padding: 1mm 3mm; margin-top: 1mm; }
            .grid .tag { color: #555; margin: 0; }
            .guidance { font-style: italic; }
            .end { text-align: center; margin-top: 10mm; font-weight: bold; }
            """;
}
