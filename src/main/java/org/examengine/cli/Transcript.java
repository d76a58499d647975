package org.examengine.cli;

import java.io.PrintWriter;
import org.examengine.paper.Paper;
import org.examengine.paper.PaperQuestion;
import org.examengine.sitting.SafeText;
import org.examengine.sitting.Sitting;

/** A submitted sitting, read only: each question's number and answer, candidate text made safe to show. */
final class Transcript {

    private final PrintWriter out;

    Transcript(PrintWriter out) {
        this.out = out;
    }

    void print(Paper paper, Sitting s) {
        out.printf("%s's sitting of %s was submitted at %s (%s); it cannot be reopened. Read only:%n",
                s.opened().candidate(), paper.id(), s.submittedAt(), s.submitCause());
        for (PaperQuestion q : paper.allQuestions()) {
            String answer = s.answers().getOrDefault(q.id(), "");
            out.printf("%nQuestion %s (%d marks)%s%n", q.number(), q.marks(), s.flagged().contains(q.id()) ? ", flagged" : "");
            if (answer.isBlank()) {
                out.println("  (no answer)");
            } else {
                answer.lines().forEach(l -> out.println("  " + SafeText.visible(l)));
            }
        }
        out.flush();
    }
}
