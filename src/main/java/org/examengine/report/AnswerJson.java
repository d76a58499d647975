package org.examengine.report;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.examengine.marking.Evidence;
import org.examengine.marking.Misreading;
import org.examengine.marking.QuestionMark;
import org.examengine.marking.ReviewReason;

/** The JSON fields of one marked answer that every results file shares: mark, reasons and evidence. */
final class AnswerJson {

    private AnswerJson() {
    }

    /** @param answer as written; evidence offsets are into its NFC form, as the marker read it */
    static void putMark(Map<String, Object> out, String answer, QuestionMark mark) {
        out.put("mark", mark.mark());
        out.put("max", mark.max());
        out.put("confidence", word(mark.confidence()));
        out.put("reasons", reasons(mark));
        out.put("points", points(Normalizer.normalize(answer, Normalizer.Form.NFC), mark));
    }

    static Map<String, Object> misreading(Misreading m) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (m.phrase() != null) {
            out.put("phrase", m.phrase());
        } else {
            out.put("other_question", m.otherQuestion());
            out.put("other_mark", m.otherMark());
            out.put("other_max", m.otherMax());
        }
        return out;
    }

    static List<String> reasons(QuestionMark mark) {
        return mark.reasons().stream().map(ReviewReason::name).map(r -> r.toLowerCase(Locale.ROOT)).sorted().toList();
    }

    /** Every credited point with the stretch of the answer that earned it. */
    private static List<Map<String, Object>> points(String answer, QuestionMark mark) {
        return mark.credited().stream().map(e -> point(answer, e)).toList();
    }

    private static Map<String, Object> point(String answer, Evidence e) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("point", e.point());
        p.put("marks", e.marks());
        p.put("phrase", e.phrase());
        p.put("start", e.start());
        p.put("end", e.end());
        p.put("text", answer.substring(Math.min(e.start(), answer.length()), Math.min(e.end(), answer.length())));
        p.put("match", e.kind().name().toLowerCase(Locale.ROOT));
        return p;
    }

    static String word(QuestionMark.Confidence confidence) {
        return confidence.name().toLowerCase(Locale.ROOT);
    }
}
