package org.examengine.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The credited points of the answers under review, read from {@code results.jsonl} (streamed, a line per
 * candidate; only the wanted answers are kept). The file is an aid: when it is missing or a line cannot be
 * read, the answers are shown without highlights and a note says why.
 */
final class ResultsEvidence {

    private final Map<AnswerKey, List<Credit>> credits;
    private final Optional<String> note;

    private ResultsEvidence(Map<AnswerKey, List<Credit>> credits, Optional<String> note) {
        this.credits = Map.copyOf(credits);
        this.note = note;
    }

    static ResultsEvidence read(Path file, String shown, Set<AnswerKey> wanted) {
        Map<AnswerKey, List<Credit>> found = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return new ResultsEvidence(found, Optional.of(shown + " is missing: the answers are shown without the words "
                    + "that earned their points"));
        }
        ObjectMapper json = new ObjectMapper();
        int lineNo = 0;
        int bad = 0;
        int firstBad = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    candidate(json.readTree(line), wanted, found);
                } catch (IOException | RuntimeException e) {
                    bad++;
                    firstBad = firstBad == 0 ? lineNo : firstBad;
                }
            }
        } catch (IOException | RuntimeException e) {
            return new ResultsEvidence(found, Optional.of(shown + " cannot be read (" + e.getMessage() + "): some answers "
                    + "are shown without highlights"));
        }
        return new ResultsEvidence(found, bad == 0 ? Optional.empty() : Optional.of(shown + ":" + firstBad + ": " + bad
                + " line(s) could not be read; their answers are shown without highlights"));
    }

    private static void candidate(JsonNode line, Set<AnswerKey> wanted, Map<AnswerKey, List<Credit>> found) {
        String candidate = line.path("candidate").asText();
        for (JsonNode answer : line.path("answers")) {
            AnswerKey key = new AnswerKey(candidate, answer.path("question").asText());
            if (!wanted.contains(key)) {
                continue;
            }
            List<Credit> credits = new ArrayList<>();
            for (JsonNode p : answer.path("points")) {
                credits.add(new Credit(p.path("point").asText(), p.path("marks").asInt(), p.path("phrase").asText(),
                        p.path("start").asInt(-1), p.path("end").asInt(-1), p.path("text").asText(), p.path("match").asText()));
            }
            found.put(key, List.copyOf(credits));
        }
    }

    /** The credited points of an answer; empty when results.jsonl does not say. */
    List<Credit> of(AnswerKey key) {
        return credits.getOrDefault(key, List.of());
    }

    boolean knows(AnswerKey key) {
        return credits.containsKey(key);
    }

    Optional<String> note() {
        return note;
    }
}
