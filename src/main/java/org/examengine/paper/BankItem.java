package org.examengine.paper;

import java.util.List;
import java.util.Objects;
import org.examengine.bank.Question;
import org.examengine.bank.Scenario;

/**
 * What the builder chooses: a short question on its own, or a scenario task with all its parts in bank
 * order (parts never travel apart).
 */
record BankItem(String id, Scenario scenario, List<Question> questions) {
    BankItem {
        Objects.requireNonNull(id, "id");
        questions = List.copyOf(questions);
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("item " + id + " has no question");
        }
    }

    static BankItem of(Question q) {
        return new BankItem(q.id(), null, List.of(q));
    }

    boolean isScenario() {
        return scenario != null;
    }

    int marks() {
        return questions.stream().mapToInt(Question::marks).sum();
    }

    int minutes() {
        return questions.stream().mapToInt(Question::minutes).sum();
    }
}
