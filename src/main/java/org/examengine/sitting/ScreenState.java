package org.examengine.sitting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.examengine.paper.Paper;
import org.examengine.paper.PaperQuestion;
import org.examengine.paper.ScenarioTask;

/**
 * Everything the full screen shows, as values: the sitting (phase, clock, answers, flags, current question), the
 * paper, the time now, what the candidate has open, the answer being written with its cursor, the banners and
 * whether the answer on screen is saved. {@link SittingScreen} draws it at any size.
 */
record ScreenState(Sitting sitting, Paper paper, Instant now, ScreenMode mode, String draft, int cursor, int words,
                   int answerTop, int readTop, int listSelection, String leaveTyped, String interruptKey,
                   List<Banner> banners, SaveStatus saved, boolean quietClock) {

    ScreenState {
        banners = List.copyOf(banners);
    }

    List<PaperQuestion> questions() {
        return paper.allQuestions();
    }

    PaperQuestion question() {
        return questions().stream().filter(q -> q.id().equals(sitting.current())).findFirst()
                .orElse(questions().get(0));
    }

    int index() {
        return questions().indexOf(question());
    }

    Optional<ScenarioTask> scenario(PaperQuestion q) {
        return paper.scenarios().stream().filter(t -> t.parts().contains(q)).findFirst();
    }

    boolean answered(PaperQuestion q) {
        String a = q.id().equals(sitting.current()) ? draft : sitting.answers().getOrDefault(q.id(), "");
        return !a.isBlank();
    }

    boolean flagged(PaperQuestion q) {
        return sitting.flagged().contains(q.id());
    }

    long answeredCount() {
        return questions().stream().filter(this::answered).count();
    }

    boolean writing() {
        return sitting.phase() == Phase.WRITING;
    }
}
