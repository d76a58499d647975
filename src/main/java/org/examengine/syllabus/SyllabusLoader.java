package org.examengine.syllabus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.examengine.source.Document;
import org.examengine.source.DocumentParser;
import org.examengine.source.ExamException;
import org.examengine.source.Fields;
import org.examengine.source.Finding;
import org.examengine.source.Node;

/** Reads a syllabus catalogue (the shipped resource, or another for tests) into a {@link Syllabus}. */
public final class SyllabusLoader {

    static final String RESOURCE = "syllabus.yaml";

    public Syllabus loadStandard() {
        try (InputStream in = SyllabusLoader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("syllabus resource missing from the jar: " + RESOURCE);
            }
            return load(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a catalogue; any problem is an {@link ExamException} naming its place. */
    public Syllabus load(String text, String shownAs) {
        Document document = new DocumentParser().parse(text, shownAs, false);
        List<Finding> findings = new ArrayList<>(document.findings());
        Syllabus syllabus = read(document.root(), findings);
        findings.stream().filter(Finding::isError).sorted().findFirst().ifPresent(f -> {
            throw ExamException.of(f);
        });
        return syllabus;
    }

    private Syllabus read(Node root, List<Finding> findings) {
        Fields top = Fields.of(root, "the syllabus", Fields.keys("qualification", "levels", "codes"), findings);
        if (top == null) {
            return null;
        }
        Fields qualification = Fields.of(top.nested("qualification", true), "qualification", Fields.keys("code", "title"), findings);
        List<Level> levels = new ArrayList<>();
        for (Node node : top.list("levels", true)) {
            Level level = level(node, findings);
            if (level != null) {
                levels.add(level);
            }
        }
        List<PerformanceCode> codes = new ArrayList<>();
        for (Node node : top.list("codes", true)) {
            Fields f = Fields.of(node, "performance code", Fields.keys("code", "area", "levels", "rule"), findings);
            if (f == null) {
                continue;
            }
            Set<Integer> at = new HashSet<>();
            for (Node.Scalar s : f.textList("levels", true)) {
                if (s.kind() == Node.ScalarKind.WHOLE_NUMBER) {
                    at.add(Integer.parseInt(s.text()));
                } else {
                    findings.add(Finding.error(s.location(), "each entry of 'levels' must be a level number, found " + s.description()));
                }
            }
            String code = f.requiredText("code");
            String area = f.requiredText("area");
            PerformanceCode.Rule rule = rule(f);
            if (code != null && area != null && rule != null) {
                codes.add(new PerformanceCode(code, area, at, rule));
            }
        }
        if (qualification == null || findings.stream().anyMatch(Finding::isError)) {
            return null;
        }
        return new Syllabus(qualification.requiredText("code"), qualification.requiredText("title"), levels, codes);
    }

    private Level level(Node node, List<Finding> findings) {
        Fields f = Fields.of(node, "level", Fields.keys("level", "title", "units", "duration", "reading", "outcomes"), findings);
        if (f == null) {
            return null;
        }
        List<LearningOutcome> outcomes = new ArrayList<>();
        for (Node o : f.list("outcomes", true)) {
            Fields lo = Fields.of(o, "learning outcome", Fields.keys("lo", "title", "criteria"), findings);
            if (lo == null) {
                continue;
            }
            List<AssessmentCriterion> criteria = new ArrayList<>();
            for (Node c : lo.list("criteria", true)) {
                Fields ac = Fields.of(c, "assessment criterion", Fields.keys("ac", "title"), findings);
                if (ac != null) {
                    String id = ac.requiredText("ac");
                    String title = ac.requiredText("title");
                    if (id != null && title != null) {
                        criteria.add(new AssessmentCriterion(id, title));
                    }
                }
            }
            Integer number = lo.requiredInt("lo", 1);
            String title = lo.requiredText("title");
            if (number != null && title != null) {
                outcomes.add(new LearningOutcome(number, title, criteria));
            }
        }
        List<String> units = f.textList("units", true).stream().map(Node.Scalar::text).toList();
        Integer number = f.requiredInt("level", 1);
        String title = f.requiredText("title");
        Integer duration = f.requiredInt("duration", 1);
        Integer reading = f.requiredInt("reading", 0);
        if (number == null || title == null || duration == null || reading == null || units.isEmpty()) {
            return null;
        }
        return new Level(number, title, units, duration, reading, outcomes);
    }

    private static String scalarText(Fields f, String key) {
        Node.Entry entry = f.mapping().entry(key);
        return entry != null && entry.value() instanceof Node.Scalar s ? s.text() : "false";
    }

    private static PerformanceCode.Rule rule(Fields f) {
        String text = f.requiredText("rule");
        if (text == null) {
            return null;
        }
        for (PerformanceCode.Rule r : PerformanceCode.Rule.values()) {
            if (r.name().equalsIgnoreCase(text.strip())) {
                return r;
            }
        }
        f.error("rule", "field 'rule' of a performance code must be one of narrow_fail, insufficient_work, "
                + "misinterpretation, topic; found " + text);
        return null;
    }
}
