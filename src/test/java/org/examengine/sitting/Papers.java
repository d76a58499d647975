package org.examengine.sitting;

import java.util.List;
import org.examengine.paper.GradingRules;
import org.examengine.paper.Paper;
import org.examengine.paper.PaperQuestion;
import org.examengine.paper.ScenarioTask;

/** Small papers for the sitting tests: two short questions and a scenario with two parts, 60 minutes. */
final class Papers {

    private Papers() {
    }

    static Paper small() {
        return small("State two ways to greet a customer.");
    }

    static Paper small(String firstStem) {
        PaperQuestion q1 = new PaperQuestion("1", "L1-201", 2, 3, 1, "1.1", "FL", firstStem);
        PaperQuestion q2 = new PaperQuestion("2", "L1-202", 3, 4, 1, "1.2", "FL", "Explain why first impressions matter.");
        PaperQuestion p1 = new PaperQuestion("3a", "L1-301", 2, 3, 3, "3.1", "FN", "What should Sam say first?");
        PaperQuestion p2 = new PaperQuestion("3b", "L1-302", 3, 4, 3, "3.2", "FN", "How should Sam end the call?");
        ScenarioTask t = new ScenarioTask("3", "L1-S11", "Sam answers the phone at a garden centre.", List.of(p1, p2));
        return new Paper("T1-2026", 1, "111/021", 2026, "sha256:test", 60, 5, 10, List.of(q1, q2), List.of(t),
                GradingRules.DEFAULTS);
    }
}
