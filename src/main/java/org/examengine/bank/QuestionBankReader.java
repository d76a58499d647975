package org.examengine.bank;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.examengine.source.Document;
import org.examengine.source.DocumentParser;
import org.examengine.source.ExamException;
import org.examengine.source.Fields;
import org.examengine.source.Finding;
import org.examengine.source.Node;
import org.examengine.source.Origin;
import org.examengine.source.Read;

/**
 * Reads a question-bank file (YAML, or JSON by its extension). Checks the shape of the format: fields,
 * types, ids. Whether levels, outcomes and criteria exist is the validator's job, with the syllabus.
 */
public final class QuestionBankReader {

    static final Set<String> FILE_KEYS = Fields.keys("level", "scenarios", "questions");
    static final Set<String> SCENARIO_KEYS = Fields.keys("id", "text");
    static final Set<String> QUESTION_KEYS =
            Fields.keys("id", "level", "lo", "ac", "topic", "kind", "marks", "minutes", "stem", "scenario");

    private final DocumentParser parser;

    public QuestionBankReader(DocumentParser parser) {
        this.parser = parser;
    }

    public Read<BankFile> read(Path path, String shownAs) {
        try {
            return read(parser.parse(path, shownAs));
        } catch (ExamException e) {
            return Read.failed(e);
        }
    }

    public Read<BankFile> read(Document document) {
        List<Finding> findings = new ArrayList<>(document.findings());
        Fields top = Fields.of(document.root(), "a question bank file", FILE_KEYS, findings);
        if (top == null) {
            return new Read<>(null, findings);
        }
        Integer level = top.optionalInt("level", 1, null);
        List<Scenario> scenarios = new ArrayList<>();
        for (Node node : top.list("scenarios", false)) {
            Fields f = Fields.of(node, "a scenario", SCENARIO_KEYS, findings);
            if (f == null) {
                continue;
            }
            String id = f.requiredId("id");
            String text = f.requiredText("text");
            if (id != null && text != null) {
                scenarios.add(new Scenario(id, text, Origin.of(f)));
            }
        }
        List<Question> questions = new ArrayList<>();
        List<Node> items = top.list("questions", !top.has("scenarios"));
        for (Node node : items) {
            Question q = question(node, level, findings);
            if (q != null) {
                questions.add(q);
            }
        }
        return new Read<>(new BankFile(document.file(), level, scenarios, questions), findings);
    }

    private static Question question(Node node, Integer fileLevel, List<Finding> findings) {
        String written = Fields.peek(node, "id");
        String name = written == null ? "a question" : "question " + written;
        Fields f = Fields.of(node, name, QUESTION_KEYS, findings);
        if (f == null) {
            return null;
        }
        String id = f.requiredId("id");
        Integer level = f.has("level") || fileLevel == null ? f.requiredInt("level", 1) : fileLevel;
        Integer lo = f.requiredInt("lo", 1);
        String ac = f.requiredText("ac");
        String topic = f.requiredText("topic");
        String kindWord = f.requiredText("kind");
        Integer marks = f.requiredInt("marks", 1);
        Integer minutes = f.requiredInt("minutes", 1);
        String stem = f.requiredText("stem");
        String scenario = f.optionalId("scenario");
        QuestionKind kind = kindWord == null ? null : QuestionKind.fromWord(kindWord).orElse(null);
        if (kindWord != null && kind == null) {
            f.error("kind", "field 'kind' of " + name + " must be short or scenario, found '" + kindWord + "'");
        }
        if (kind == QuestionKind.SCENARIO && scenario == null && !f.has("scenario")) {
            f.error("kind", name + " is a scenario part but names no 'scenario'");
        }
        if (kind == QuestionKind.SHORT && scenario != null) {
            f.error("scenario", name + " is a short question but names scenario " + scenario + "; make it kind: scenario");
        }
        if (id == null || level == null || lo == null || ac == null || topic == null || kind == null
                || marks == null || minutes == null || stem == null) {
            return null;
        }
        return new Question(id, level, lo, ac, topic, kind, marks, minutes, stem, scenario, Origin.of(f));
    }
}
