package org.examengine.paper;

import java.util.List;
import java.util.Map;
import org.examengine.bank.BankFile;
import org.examengine.bank.Question;
import org.examengine.bank.QuestionKind;
import org.examengine.bank.Scenario;
import org.examengine.source.Origin;
import org.examengine.source.SourceLocation;

/** Small banks and blueprints for the builder's tests. */
final class Banks {

    static final Origin ORIGIN = new Origin(SourceLocation.startOf("bank.yaml"), Map.of());

    private Banks() {
    }

    static Question shortQuestion(String id, int lo, String ac, String topic, int marks, int minutes) {
        return new Question(id, 2, lo, ac, topic, QuestionKind.SHORT, marks, minutes, "Question " + id + "?", null, ORIGIN);
    }

    static Question part(String id, String scenario, int lo, String ac, String topic, int marks, int minutes) {
        return new Question(id, 2, lo, ac, topic, QuestionKind.SCENARIO, marks, minutes, "Part " + id + "?", scenario, ORIGIN);
    }

    static Scenario scenario(String id) {
        return new Scenario(id, "Situation " + id + ".", ORIGIN);
    }

    static BankFile file(List<Scenario> scenarios, List<Question> questions) {
        return new BankFile("bank.yaml", 2, scenarios, questions);
    }

    static Blueprint blueprint(int marks, int scenarios, int everyLo, int maxPerAc, Map<String, Integer> topics, int slack) {
        return new Blueprint(2, 90, 5, marks, scenarios, slack, new Blueprint.Coverage(everyLo, maxPerAc, topics, ORIGIN),
                new Blueprint.Boundaries(60, 80, 5), new Blueprint.CodeRules(50, 2, 50), ORIGIN);
    }
}
