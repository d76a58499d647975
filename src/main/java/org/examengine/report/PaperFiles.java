package org.examengine.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.examengine.paper.GradingRules;
import org.examengine.paper.Paper;
import org.examengine.paper.PaperQuestion;
import org.examengine.paper.ScenarioTask;

/**
 * Writes built papers as JSON (docs/formats.md, "Paper"): fields in a fixed order, two-space indents,
 * a final newline, so that the same paper is the same bytes. Files appear only when all are written.
 */
public final class PaperFiles implements AutoCloseable {

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final OutputFiles files = new OutputFiles();

    /** Writes the paper to {@code DIR/<id>.json}; returns that path. */
    public Path write(Paper paper, Path dir) {
        Path target = dir.resolve(paper.id() + ".json");
        try (Writer out = files.open(target)) {
            out.write(toJson(paper));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** Writes a printable copy to {@code DIR/<name>}; returns that path. */
    public Path writeText(String text, Path dir, String name) {
        Path target = dir.resolve(name);
        try (Writer out = files.open(target)) {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** Renames every written file into place. */
    public void commit() {
        files.commit();
    }

    @Override
    public void close() {
        files.close();
    }

    private static Map<String, Object> grading(GradingRules rules) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pass", rules.pass());
        m.put("first_class", rules.firstClass());
        m.put("narrow_fail", rules.narrowFail());
        m.put("insufficient_work", rules.insufficientWork());
        m.put("misinterpretation", rules.misinterpretation());
        m.put("topic_attainment", rules.topicAttainment());
        return m;
    }

    String toJson(Paper paper) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", paper.id());
        doc.put("level", paper.level());
        doc.put("unit", paper.unit());
        doc.put("seed", paper.seed());
        doc.put("bank_fingerprint", paper.bankFingerprint());
        doc.put("duration", paper.duration());
        doc.put("reading", paper.reading());
        doc.put("marks", paper.marks());
        doc.put("grading", grading(paper.grading()));
        Map<String, Object> shortAnswers = new LinkedHashMap<>();
        shortAnswers.put("title", "Section A");
        shortAnswers.put("instructions", "Answer all the questions.");
        shortAnswers.put("questions", paper.questions().stream().map(PaperFiles::question).toList());
        Map<String, Object> tasks = new LinkedHashMap<>();
        tasks.put("title", "Section B");
        tasks.put("instructions", "Read each situation, then answer all its questions.");
        tasks.put("scenarios", paper.scenarios().stream().map(PaperFiles::scenario).toList());
        doc.put("sections", List.of(shortAnswers, tasks));
        try {
            return json.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a paper of plain values always serialises", e);
        }
    }

    private static Map<String, Object> scenario(ScenarioTask task) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", task.number());
        m.put("id", task.id());
        m.put("context", task.context());
        m.put("questions", task.parts().stream().map(PaperFiles::question).toList());
        return m;
    }

    private static Map<String, Object> question(PaperQuestion q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", q.number());
        m.put("id", q.id());
        m.put("marks", q.marks());
        m.put("minutes", q.minutes());
        m.put("lo", q.lo());
        m.put("ac", q.ac());
        m.put("topic", q.topic());
        m.put("stem", q.stem());
        return m;
    }
}
