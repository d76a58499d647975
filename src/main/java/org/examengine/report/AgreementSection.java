package org.examengine.report;

import java.util.List;
import org.examengine.report.stats.Agreement;
import org.examengine.report.stats.ResultStatistics;

/**
 * Marker against examiners, when examiners' marks exist: exact agreement and Cohen's kappa (plain and
 * quadratic-weighted), and the answers whose mark an examiner changed, with the candidate's text escaped, so
 * grid authors see what the marker got wrong.
 */
final class AgreementSection {

    /** Changed answers listed at most; the rest are in review.csv. */
    static final int SHOWN = 40;

    void write(StringBuilder h, ResultStatistics stats, List<ReviewedAnswer> reviewed, String reviewFile) {
        Agreement a = stats.agreement();
        // a new printed page only when there is more to show than a sentence
        h.append("<section").append(a.n() == 0 ? "" : " class=\"part\"")
                .append(" aria-labelledby=\"agreement\">\n<h2 id=\"agreement\">Marker and examiners</h2>\n");
        if (a.n() == 0) {
            h.append("<p>No answer has an examiner's mark yet. Once examiners have marked the answers in <code>review.csv</code> ")
                    .append("and <code>exam mark --overrides</code> has applied their marks, this section compares them with the ")
                    .append("marker's.</p>\n</section>\n");
            return;
        }
        h.append("<p>Answers marked by both the automatic marker and an examiner (")
                .append(reviewFile == null ? "the examiners' marks applied to these results"
                        : "the <code>examiner_mark</code> column of " + Html.esc(reviewFile) + ", not yet applied to these results")
                .append("). These are mostly answers the marker was unsure of, so agreement here is lower than it would be over ")
                .append("all answers.</p>\n<dl class=\"keys\">\n");
        key(h, "Answers marked by both", Integer.toString(a.n()));
        key(h, "Same mark (exact agreement)", a.exact() + " (" + Numbers.percent(a.exactShare(), 0) + ")");
        key(h, "Cohen's kappa", Numbers.or(a.kappa(), 2));
        key(h, "Weighted kappa (quadratic)", Numbers.or(a.weightedKappa(), 2));
        h.append("</dl>\n<p>Kappa is agreement beyond what chance would give: 1 is perfect, 0 no better than chance. ")
                .append("Here: ").append(Html.esc(words(a.kappa()))).append(". The weighted kappa counts a mark one away as a ")
                .append("smaller disagreement than a mark two away.</p>\n");
        changed(h, reviewed.stream().filter(ReviewedAnswer::changed).toList());
        h.append("</section>\n");
    }

    private static void key(StringBuilder h, String label, String value) {
        h.append("<div><dt>").append(Html.esc(label)).append("</dt><dd>").append(Html.esc(value)).append("</dd></div>\n");
    }

    /** The usual reading of kappa (Landis and Koch's bands). */
    static String words(double kappa) {
        if (Double.isNaN(kappa)) {
            return "not computable (all marks the same)";
        }
        if (kappa < 0) {
            return "less agreement than chance";
        }
        String band = kappa <= 0.20 ? "slight" : kappa <= 0.40 ? "fair" : kappa <= 0.60 ? "moderate"
                : kappa <= 0.80 ? "substantial" : "almost perfect";
        return band + " agreement";
    }

    private static void changed(StringBuilder h, List<ReviewedAnswer> changed) {
        if (changed.isEmpty()) {
            return;
        }
        h.append("<h3 id=\"changed\">Answers whose mark an examiner changed</h3>\n<table class=\"wide\">\n<caption>")
                .append(changed.size()).append(changed.size() == 1 ? " answer" : " answers").append(" re-marked")
                .append(changed.size() > SHOWN ? " (the first " + SHOWN + " shown; all are in review.csv)" : "")
                .append("</caption>\n<thead><tr><th scope=\"col\">Candidate</th><th scope=\"col\">Question</th>")
                .append("<th scope=\"col\" class=\"num\">Marker</th><th scope=\"col\" class=\"num\">Examiner</th>")
                .append("<th scope=\"col\">Answer</th><th scope=\"col\">Examiner's comment</th></tr></thead>\n<tbody>\n");
        for (ReviewedAnswer r : changed.subList(0, Math.min(SHOWN, changed.size()))) {
            h.append("<tr><th scope=\"row\">").append(Html.esc(r.candidate())).append("</th><td class=\"nowrap\">").append(Html.esc(r.number()))
                    .append(" (").append(Html.esc(r.question())).append(")</td><td class=\"num\">").append(r.markerMark())
                    .append("</td><td class=\"num\">").append(r.examinerMark()).append(" of ").append(r.max())
                    .append("</td><td class=\"example\">").append(Html.esc(r.answer())).append("</td><td>")
                    .append(Html.esc(r.comment())).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }
}
