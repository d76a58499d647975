package org.examengine.sitting;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.examengine.paper.Paper;
import org.examengine.paper.PaperQuestion;
import org.examengine.source.ExamException;

/**
 * The answers a room's journals hold for one paper, for marking: a row per candidate per question (blank when
 * not answered), candidates in id order, questions in paper order. A sitting not yet submitted is left out unless
 * asked for, and named among the problems, as is a journal that cannot be read or was begun on another version.
 */
public final class SittingAnswers {

    private SittingAnswers() {
    }

    public record Row(String candidate, String question, String answer) {
    }

    /** The rows; how many sittings they came from; every problem in words; how many sittings were left out. */
    public record Harvest(List<Row> rows, int sittings, List<String> problems, int leftOut) {
        public Harvest {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }
    }

    public static Harvest of(SittingFiles files, Paper paper, boolean includeUnsubmitted) {
        List<Row> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int sittings = 0;
        int leftOut = 0;
        for (Path journal : files.journals()) {
            String shown = journal.toString();
            Sitting s;
            try {
                Journal.Contents c = Journal.read(journal, shown);
                if (c.entries().isEmpty()) {
                    continue;
                }
                Entry.Opened o = (Entry.Opened) c.entries().get(0);
                if (!o.paper().equals(paper.id())) {
                    continue;
                }
                List<String> diff = PaperIdentity.differences(o, paper);
                if (!diff.isEmpty()) {
                    problems.add(shown + ": begun on another version of " + paper.id() + " (" + String.join("; ", diff)
                            + "); not taken");
                    leftOut++;
                    continue;
                }
                c.torn().ifPresent(problems::add);
                s = Sitting.replay(c.entries());
            } catch (ExamException e) {
                problems.add(e.render() + "; not taken");
                leftOut++;
                continue;
            }
            if (s.phase() != Phase.SUBMITTED) {
                String state = s.opened().candidate() + "'s sitting is not submitted (" + s.phase().label()
                        + (s.paused() ? ", paused" : "") + ", " + Countdown.brief(s.remainingAt(s.lastAt())) + " left)";
                if (!includeUnsubmitted) {
                    problems.add(shown + ": " + state + "; not taken: end it first (exam invigilate --end "
                            + s.opened().candidate() + ")");
                    leftOut++;
                    continue;
                }
                problems.add(shown + ": " + state + "; taken as it stands");
            }
            sittings++;
            for (PaperQuestion q : paper.allQuestions()) {
                rows.add(new Row(s.opened().candidate(), q.id(), s.answers().getOrDefault(q.id(), "")));
            }
        }
        return new Harvest(rows, sittings, problems, leftOut);
    }
}
