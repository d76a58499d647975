package org.examengine.paper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.examengine.source.Document;
import org.examengine.source.DocumentParser;
import org.examengine.source.ExamException;
import org.examengine.source.Fields;
import org.examengine.source.Finding;
import org.examengine.source.Node;
import org.examengine.source.Origin;
import org.examengine.source.Read;

/** Reads a level's blueprint file; checks its shape and that its numbers agree with each other. */
public final class BlueprintReader {

    private final DocumentParser parser;

    public BlueprintReader(DocumentParser parser) {
        this.parser = parser;
    }

    public Read<Blueprint> read(Path path, String shownAs) {
        try {
            return read(parser.parse(path, shownAs));
        } catch (ExamException e) {
            return Read.failed(e);
        }
    }

    public Read<Blueprint> read(Document document) {
        List<Finding> findings = new ArrayList<>(document.findings());
        Fields f = Fields.of(document.root(), "a blueprint", Fields.keys("level", "duration", "reading", "marks",
                "scenarios", "slack_minutes", "coverage", "boundaries", "codes"), findings);
        if (f == null) {
            return new Read<>(null, findings);
        }
        Integer level = f.requiredInt("level", 1);
        Integer duration = f.requiredInt("duration", 1);
        Integer reading = f.requiredInt("reading", 0);
        Integer marks = f.requiredInt("marks", 1);
        Integer scenarios = f.requiredInt("scenarios", 0);
        Integer slack = f.optionalInt("slack_minutes", 0, 0);
        Blueprint.Coverage coverage = coverage(f, findings);
        Blueprint.Boundaries boundaries = boundaries(f, findings);
        Blueprint.CodeRules codes = codes(f, findings);
        if (duration != null && slack != null && slack >= duration) {
            f.error("slack_minutes", "slack_minutes (" + slack + ") must be less than the duration (" + duration + ")");
        }
        if (level == null || duration == null || reading == null || marks == null || scenarios == null
                || slack == null || coverage == null || boundaries == null || codes == null) {
            return new Read<>(null, findings);
        }
        return new Read<>(new Blueprint(level, duration, reading, marks, scenarios, slack, coverage, boundaries, codes,
                Origin.of(f)), findings);
    }

    private static Blueprint.Coverage coverage(Fields parent, List<Finding> findings) {
        Node.Mapping node = parent.nested("coverage", true);
        if (node == null) {
            return null;
        }
        Fields f = Fields.of(node, "the blueprint's coverage", Fields.keys("every_lo", "max_per_ac", "topic_min_marks"), findings);
        Integer everyLo = f.optionalInt("every_lo", 0, 1);
        Integer maxPerAc = f.optionalInt("max_per_ac", 1, 1);
        Map<String, Integer> topics = new LinkedHashMap<>();
        Node.Mapping topicNode = f.nested("topic_min_marks", false);
        if (topicNode != null) {
            Fields t = Fields.of(topicNode, "topic_min_marks", topicNode.entries().keySet(), findings);
            for (String code : topicNode.entries().keySet()) {
                Integer min = t.requiredInt(code, 0);
                if (min != null) {
                    topics.put(code, min);
                }
            }
        }
        return everyLo == null || maxPerAc == null ? null : new Blueprint.Coverage(everyLo, maxPerAc, topics, Origin.of(f));
    }

    private static Blueprint.Boundaries boundaries(Fields parent, List<Finding> findings) {
        Node.Mapping node = parent.nested("boundaries", true);
        if (node == null) {
            return null;
        }
        Fields f = Fields.of(node, "the blueprint's boundaries", Fields.keys("pass", "first_class", "narrow_fail"), findings);
        Integer pass = percent(f, "pass");
        Integer first = percent(f, "first_class");
        Integer narrow = percent(f, "narrow_fail");
        if (pass != null && first != null && first <= pass) {
            f.error("first_class", "first_class (" + first + "%) must be above pass (" + pass + "%)");
        }
        if (pass != null && narrow != null && narrow >= pass) {
            f.error("narrow_fail", "narrow_fail (" + narrow + " points) must be smaller than pass (" + pass + "%)");
        }
        return pass == null || first == null || narrow == null ? null : new Blueprint.Boundaries(pass, first, narrow);
    }

    private static Blueprint.CodeRules codes(Fields parent, List<Finding> findings) {
        Node.Mapping node = parent.nested("codes", true);
        if (node == null) {
            return null;
        }
        Fields f = Fields.of(node, "the blueprint's codes",
                Fields.keys("insufficient_work", "misinterpretation", "topic_attainment"), findings);
        Integer insufficient = percent(f, "insufficient_work");
        Integer misread = f.requiredInt("misinterpretation", 1);
        Integer topic = percent(f, "topic_attainment");
        return insufficient == null || misread == null || topic == null ? null
                : new Blueprint.CodeRules(insufficient, misread, topic);
    }

    private static Integer percent(Fields f, String key) {
        Integer value = f.requiredInt(key, 0);
        if (value != null && value > 100) {
            f.error(key, "'" + key + "' is a percentage and must be 100 or less, found " + value);
            return null;
        }
        return value;
    }
}
