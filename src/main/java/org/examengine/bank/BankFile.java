package org.examengine.bank;

import java.util.List;
import java.util.Objects;

/** One question-bank file: its default level, its scenarios and its questions, in file order. */
public record BankFile(String file, Integer level, List<Scenario> scenarios, List<Question> questions) {
    public BankFile {
        Objects.requireNonNull(file, "file");
        scenarios = List.copyOf(scenarios);
        questions = List.copyOf(questions);
    }
}
