package org.examengine.paper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.examengine.source.Document;
import org.examengine.source.DocumentParser;
import org.examengine.source.ExamException;
import org.examengine.source.Fields;
import org.examengine.source.Finding;
import org.examengine.source.Node;
import org.examengine.source.Read;

/** Reads a paper file that {@code exam build} wrote (see docs/formats.md), checking every field. */
public final class PaperReader {

    private static final java.util.Set<String> PAPER_KEYS = Fields.keys("id", "level", "unit", "seed", "bank_fingerprint",
            "duration", "reading", "marks", "grading", "sections");
    private static final java.util.Set<String> GRADING_KEYS = Fields.keys("pass", "first_class", "narrow_fail",
            "insufficient_work", "misinterpretation", "topic_attainment");
    private static final java.util.Set<String> SECTION_KEYS = Fields.keys("title", "instructions", "questions", "scenarios");
    private static final java.util.Set<String> SCENARIO_KEYS = Fields.keys("number", "id", "context", "questions");
    private static final java.util.Set<String> QUESTION_KEYS = Fields.keys("number", "id", "marks", "minutes", "lo", "ac",
            "topic", "stem");

    private final DocumentParser parser;

    public PaperReader(DocumentParser parser) {
        this.parser = parser;
    }

    public Read<Paper> read(Path path, String shownAs) {
        try {
            return read(parser.parse(path, shownAs));
        } catch (ExamException e) {
            return Read.failed(e);
        }
    }

    public Read<Paper> read(Document document) {
        List<Finding> findings = new ArrayList<>(document.findings());
        Fields f = Fields.of(document.root(), "a paper", PAPER_KEYS, findings);
        if (f == null) {
            return new Read<>(null, findings);
        }
        String id = f.requiredId("id");
        Integer level = f.requiredInt("level", 1);
        String unit = f.requiredText("unit");
        Long seed = seed(f);
        String fingerprint = f.requiredText("bank_fingerprint");
        Integer duration = f.requiredInt("duration", 1);
        Integer reading = f.requiredInt("reading", 0);
        Integer marks = f.requiredInt("marks", 1);
        GradingRules grading = grading(f, findings);
        List<PaperQuestion> questions = new ArrayList<>();
        List<ScenarioTask> scenarios = new ArrayList<>();
        for (Node node : f.list("sections", true)) {
            Fields s = Fields.of(node, "a section", SECTION_KEYS, findings);
            if (s == null) {
                continue;
            }
            for (Node q : s.list("questions", false)) {
                question(q, findings, questions);
            }
            for (Node t : s.list("scenarios", false)) {
                Fields task = Fields.of(t, "a scenario task", SCENARIO_KEYS, findings);
                if (task == null) {
                    continue;
                }
                List<PaperQuestion> parts = new ArrayList<>();
                for (Node q : task.list("questions", true)) {
                    question(q, findings, parts);
                }
                String number = task.requiredText("number");
                String taskId = task.requiredId("id");
                String context = task.requiredText("context");
                if (number != null && taskId != null && context != null) {
                    scenarios.add(new ScenarioTask(number, taskId, context, parts));
                }
            }
        }
        boolean complete = id != null && level != null && unit != null && seed != null && fingerprint != null
                && duration != null && reading != null && marks != null && grading != null;
        if (!complete || findings.stream().anyMatch(x -> x.severity() == org.examengine.source.Severity.ERROR)) {
            return new Read<>(null, findings);
        }
        return new Read<>(new Paper(id, level, unit, seed, fingerprint, duration, reading, marks, questions, scenarios,
                grading),
                findings);
    }

    /** The paper's grading rules; a paper without them (built before they were copied onto papers) gets the defaults. */
    private static GradingRules grading(Fields paper, List<Finding> findings) {
        Node.Mapping node = paper.nested("grading", false);
        if (node == null) {
            return paper.has("grading") ? null : GradingRules.DEFAULTS;
        }
        Fields g = Fields.of(node, "the paper's grading", GRADING_KEYS, findings);
        GradingRules d = GradingRules.DEFAULTS;
        Integer pass = g.optionalInt("pass", 0, d.pass());
        Integer first = g.optionalInt("first_class", 0, d.firstClass());
        Integer narrow = g.optionalInt("narrow_fail", 0, d.narrowFail());
        Integer work = g.optionalInt("insufficient_work", 0, d.insufficientWork());
        Integer misread = g.optionalInt("misinterpretation", 1, d.misinterpretation());
        Integer topic = g.optionalInt("topic_attainment", 0, d.topicAttainment());
        if (pass == null || first == null || narrow == null || work == null || misread == null || topic == null) {
            return null;
        }
        GradingRules rules = new GradingRules(pass, first, narrow, work, misread, topic);
        if (!rules.consistent()) {
            paper.error("grading", "the paper's grading rules do not fit together: pass must be under first_class, "
                    + "narrow_fail under pass, and every percentage 100 or less");
            return null;
        }
        return rules;
    }

    private static Long seed(Fields f) {
        String text = f.requiredText("seed");
        try {
            return text == null ? null : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            f.error("seed", "field 'seed' of a paper must be a whole number, found " + text);
            return null;
        }
    }

    private static void question(Node node, List<Finding> findings, List<PaperQuestion> into) {
        Fields q = Fields.of(node, "a paper question", QUESTION_KEYS, findings);
        if (q == null) {
            return;
        }
        String number = q.requiredText("number");
        String id = q.requiredId("id");
        Integer marks = q.requiredInt("marks", 0);
        Integer minutes = q.optionalInt("minutes", 0, 0);
        Integer lo = q.requiredInt("lo", 1);
        String ac = q.requiredText("ac");
        String topic = q.requiredText("topic");
        String stem = q.requiredText("stem");
        if (number != null && id != null && marks != null && minutes != null && lo != null && ac != null && topic != null
                && stem != null) {
            into.add(new PaperQuestion(number, id, marks, minutes, lo, ac, topic, stem));
        }
    }
}
