package org.examengine.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.examengine.marking.GridMarker;
import org.examengine.syllabus.Syllabus;
import org.examengine.text.TestWords;

/** A small valid tree of a bank, its grids and a blueprint, which each test breaks in one way. */
final class Fixture {

    static final String BANK = """
            level: 1
            scenarios:
              - id: L1-S01
                text: "A customer phones a shop to ask when her repaired kettle will be ready."
            questions:
              - id: L1-001
                lo: 1
                ac: "1.1"
                topic: FL
                kind: short
                marks: 2
                minutes: 2
                stem: "Identify two different types of customer."
              - id: L1-002
                lo: 2
                ac: "2.1"
                topic: FN
                kind: scenario
                scenario: L1-S01
                marks: 1
                minutes: 1
                stem: "State how the assistant should speak on the telephone."
              - id: L1-003
                lo: 4
                ac: "4.1"
                topic: FM
                kind: scenario
                scenario: L1-S01
                marks: 1
                minutes: 1
                stem: "State what the assistant should do if he does not know the answer."
            """;

    static final String GRIDS = """
            grids:
              - question: L1-001
                max: 2
                points:
                  - {id: internal, accept: ["internal customer", "colleague", "another department"]}
                  - {id: external, accept: ["external customer", "member of the public", "supplier"]}
                reject: ["people"]
                guidance: "One mark for each type of customer."
                examples:
                  - {answer: "internal customers such as colleagues, and external customers like the public", mark: 2}
                  - {answer: "a colleague", mark: 1}
                  - {answer: "people", mark: 0}
              - question: L1-002
                max: 1
                points:
                  - {id: clear, accept: ["speak clearly", "speak slowly", "polite"]}
                examples:
                  - {answer: "Speak clearly and slowly", mark: 1}
                  - {answer: "shout so she hears", mark: 0}
                  - {answer: "don't be polite", mark: 0}
              - question: L1-003
                max: 1
                points:
                  - {id: refer, accept: ["ask a colleague", "refer to supervisor", "check with manager"]}
                examples:
                  - {answer: "I would ask a colleague who knows", mark: 1}
                  - {answer: "make something up", mark: 0}
                  - {answer: "never check with the manager", mark: 0}
            """;

    static final String BLUEPRINT = """
            level: 1
            duration: 60
            reading: 5
            marks: 4
            scenarios: 1
            slack_minutes: 5
            coverage:
              every_lo: 0
              max_per_ac: 1
              topic_min_marks: {FL: 2, FN: 1}
            boundaries: {pass: 60, first_class: 80, narrow_fail: 5}
            codes: {insufficient_work: 50, misinterpretation: 2, topic_attainment: 50}
            """;

    static final String BANK_FILE = "question-banks/level1/bank.yaml";
    static final String GRID_FILE = "marking-grids/level1/bank.yaml";
    static final String BLUEPRINT_FILE = "question-banks/level1/blueprint.yaml";

    private final Path root;
    private final Map<String, String> files = new LinkedHashMap<>();

    Fixture(Path root) {
        this.root = root;
        files.put(BANK_FILE, BANK);
        files.put(GRID_FILE, GRIDS);
        files.put(BLUEPRINT_FILE, BLUEPRINT);
    }

    /** Replaces the first {@code from} in a file; fails loudly if the fixture no longer has it. */
    Fixture replace(String file, String from, String to) {
        String text = files.get(file);
        if (text == null || !text.contains(from)) {
            throw new IllegalArgumentException(file + " has no '" + from + "'");
        }
        files.put(file, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
        return this;
    }

    Fixture put(String file, String text) {
        files.put(file, text);
        return this;
    }

    Fixture remove(String file) {
        files.remove(file);
        return this;
    }

    String text(String file) {
        return files.get(file);
    }

    /** The 1-based line of the first line containing {@code snippet} in a file. */
    int lineOf(String file, String snippet) {
        List<String> lines = files.get(file).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(snippet)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(file + " has no line with '" + snippet + "'");
    }

    ValidationReport validate() {
        write();
        return new Validator(Syllabus.standard(), analysis -> new GridMarker(analysis, TestWords.ENGLISH)::mark)
                .validate(List.of(root), p -> root.relativize(p).toString().replace('\\', '/'));
    }

    Path write() {
        try {
            for (Map.Entry<String, String> e : files.entrySet()) {
                Path path = root.resolve(e.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, e.getValue());
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
