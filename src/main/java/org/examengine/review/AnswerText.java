package org.examengine.review;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.examengine.sitting.SafeText;

/**
 * A candidate's answer as lines to show, with the words that earned each point highlighted. The spans are
 * offsets into the answer's NFC form (as the marker read it); a span that does not fit the answer, or whose
 * words are not the ones results.jsonl recorded, is left out rather than shown in the wrong place. Line breaks
 * (LF, CR LF, CR) start new lines; every other control character and escape sequence is made visible by
 * {@link SafeText}, never passed to the terminal.
 */
final class AnswerText {

    private AnswerText() {
    }

    static List<TextLine> lines(String answer, List<Credit> credits, String indent) {
        String text = Normalizer.normalize(answer, Normalizer.Form.NFC);
        String[] label = new String[text.length()];
        for (Credit c : credits) {
            if (c.start() >= 0 && c.start() < c.end() && c.end() <= text.length()
                    && (c.text().isEmpty() || text.substring(c.start(), c.end()).equals(c.text()))) {
                for (int i = c.start(); i < c.end(); i++) {
                    label[i] = label[i] == null ? c.point() : label[i];
                }
            }
        }
        List<TextLine> lines = new ArrayList<>();
        TextLine.Builder line = new TextLine.Builder().add(indent);
        StringBuilder run = new StringBuilder();
        String runLabel = null;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (cp == '\n' || cp == '\r') {
                flush(line, run, runLabel);
                lines.add(line.build());
                line = new TextLine.Builder().add(indent);
                runLabel = null;
                i += cp == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
                continue;
            }
            String l = label[i];
            if (!java.util.Objects.equals(l, runLabel)) {
                flush(line, run, runLabel);
                runLabel = l;
            }
            run.append(SafeText.visible(new String(Character.toChars(cp))));
            i += width;
        }
        flush(line, run, runLabel);
        lines.add(line.build());
        return lines;
    }

    private static void flush(TextLine.Builder line, StringBuilder run, String label) {
        if (run.length() == 0) {
            return;
        }
        if (label == null) {
            line.add(run.toString());
        } else {
            line.highlight(run.toString(), SafeText.visible(label));
        }
        run.setLength(0);
    }
}
