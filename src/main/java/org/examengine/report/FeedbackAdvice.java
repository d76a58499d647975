package org.examengine.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.examengine.source.Document;
import org.examengine.source.DocumentParser;
import org.examengine.source.ExamException;
import org.examengine.source.Fields;
import org.examengine.source.Finding;
import org.examengine.source.Node;

/**
 * What each performance code says to a failed candidate in plain words, and what to work on: read from
 * the resource {@code feedback-advice.yaml} so the wording can be changed without touching code.
 */
public final class FeedbackAdvice {

    static final String RESOURCE = "feedback-advice.yaml";

    /** One code's words for a candidate. */
    public record Advice(String code, String means, List<String> workOn) {
        public Advice {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(means, "means");
            workOn = List.copyOf(workOn);
        }
    }

    private final Map<String, Advice> byCode;

    private FeedbackAdvice(Map<String, Advice> byCode) {
        this.byCode = Map.copyOf(byCode);
    }

    /** The advice shipped inside the jar. */
    public static FeedbackAdvice standard() {
        try (InputStream in = FeedbackAdvice.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("feedback advice missing from the jar: " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads advice text; a problem is an {@link ExamException} naming its place. */
    public static FeedbackAdvice parse(String text, String shownAs) {
        Document document = new DocumentParser().parse(text, shownAs, false);
        List<Finding> findings = new ArrayList<>(document.findings());
        Map<String, Advice> out = new LinkedHashMap<>();
        Fields top = document.root() == null ? null : Fields.of(document.root(), "the feedback advice", Fields.keys("codes"), findings);
        if (top != null) {
            for (Node node : top.list("codes", true)) {
                Fields f = Fields.of(node, "a code's advice", Fields.keys("code", "means", "work_on"), findings);
                if (f == null) {
                    continue;
                }
                String code = f.requiredText("code");
                String means = f.requiredText("means");
                List<String> workOn = f.textList("work_on", true).stream().map(Node.Scalar::text).toList();
                if (code != null && out.containsKey(code)) {
                    f.error("code", "code " + code + " has advice twice");
                } else if (code != null && means != null) {
                    out.put(code, new Advice(code, means, workOn));
                }
            }
        }
        findings.stream().filter(Finding::isError).sorted().findFirst().ifPresent(f -> {
            throw ExamException.of(f);
        });
        return new FeedbackAdvice(out);
    }

    public Optional<Advice> of(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public java.util.Set<String> codes() {
        return byCode.keySet();
    }
}
