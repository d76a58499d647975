package org.examengine.sitting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.examengine.paper.Paper;
import org.examengine.paper.PaperQuestion;
import org.examengine.paper.ScenarioTask;

/** The paper's questions as plain mode shows them: one question with its answer so far, or the list of all. */
final class PlainQuestions {

    private final Paper paper;
    private final List<PaperQuestion> all;

    PlainQuestions(Paper paper) {
        this.paper = paper;
        this.all = paper.allQuestions();
    }

    List<PaperQuestion> all() {
        return all;
    }

    PaperQuestion byId(String id) {
        return all.stream().filter(q -> q.id().equals(id)).findFirst().orElse(all.get(0));
    }

    /** The question after (+1) or before (-1) the one with this id, if there is one. */
    Optional<PaperQuestion> step(String id, int by) {
        int at = all.indexOf(byId(id)) + by;
        return at >= 0 && at < all.size() ? Optional.of(all.get(at)) : Optional.empty();
    }

    /** The question a candidate names ("3a", "3A", or a scenario's number "3" for its first part). */
    Optional<PaperQuestion> named(String number) {
        String wanted = number.strip().toLowerCase(Locale.ROOT);
        for (PaperQuestion q : all) {
            if (q.number().toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(q);
            }
        }
        return paper.scenarios().stream().filter(t -> t.number().toLowerCase(Locale.ROOT).equals(wanted))
                .filter(t -> !t.parts().isEmpty()).map(t -> t.parts().get(0)).findFirst();
    }

    String numbers() {
        return String.join(", ", all.stream().map(PaperQuestion::number).toList());
    }

    /** The question (the scenario first, for a part), then the answer so far with its word count. */
    List<String> show(PaperQuestion q, Sitting s) {
        List<String> lines = new ArrayList<>();
        lines.add("Question " + q.number() + ", " + PlainText.count(q.marks(), "mark") + ". (" + (all.indexOf(q) + 1)
                + " of " + all.size() + ")");
        scenarioOf(q).ifPresent(t -> {
            lines.add("Scenario for questions " + String.join(", ", t.parts().stream().map(PaperQuestion::number).toList())
                    + ":");
            lines.add(t.context());
        });
        lines.add(q.stem());
        if (s.flagged().contains(q.id())) {
            lines.add("You have flagged this question for review.");
        }
        lines.addAll(answer(q, s));
        return lines;
    }

    /** The answer so far, each line indented, or that there is none. */
    List<String> answer(PaperQuestion q, Sitting s) {
        String answer = s.answers().getOrDefault(q.id(), "");
        if (answer.isEmpty()) {
            return List.of("No answer yet.");
        }
        List<String> lines = new ArrayList<>();
        lines.add("Your answer so far, " + PlainText.count(PlainText.words(answer), "word") + ":");
        for (String line : answer.split("\n", -1)) {
            lines.add("  " + line);
        }
        return lines;
    }

    /** Every question with its marks and whether it is answered, unanswered or flagged. */
    List<String> list(Sitting s) {
        List<String> lines = new ArrayList<>();
        lines.add(all.size() + " questions:");
        for (PaperQuestion q : all) {
            String answer = s.answers().getOrDefault(q.id(), "");
            String state = answer.isBlank() ? "unanswered"
                    : "answered, " + PlainText.count(PlainText.words(answer), "word");
            if (s.flagged().contains(q.id())) {
                state += ", flagged";
            }
            lines.add("Question " + q.number() + ", " + PlainText.count(q.marks(), "mark") + ": " + state + ".");
        }
        lines.add("You are on question " + byId(s.current()).number() + ".");
        return lines;
    }

    /** The numbers of the questions not yet answered, and of those flagged, for the submit confirmation. */
    List<String> beforeSubmit(Sitting s, List<PaperQuestion> unanswered) {
        List<String> lines = new ArrayList<>();
        lines.add(unanswered.isEmpty() ? "Every question has an answer."
                : "Unanswered: " + String.join(", ", unanswered.stream().map(PaperQuestion::number).toList()) + ".");
        List<String> flagged = all.stream().filter(q -> s.flagged().contains(q.id())).map(PaperQuestion::number).toList();
        if (!flagged.isEmpty()) {
            lines.add("Flagged for review: " + String.join(", ", flagged) + ".");
        }
        return lines;
    }

    private Optional<ScenarioTask> scenarioOf(PaperQuestion q) {
        return paper.scenarios().stream().filter(t -> t.parts().contains(q)).findFirst();
    }
}
