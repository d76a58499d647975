package org.examengine.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.examengine.sitting.JournalLines;

/**
 * The decisions journal's lines: the sittings' framing ({@code seq} first, a CRC-32C of the rest last, see
 * {@link JournalLines}) around {@code at}, {@code type} ({@code session}, {@code decision}, {@code clear},
 * {@code written}) and the entry's fields.
 */
final class EntryFormat {

    /** A decoded line: its sequence number and entry. */
    record Numbered(long seq, ReviewEntry entry) {
    }

    private final JournalLines lines = new JournalLines();

    String encode(long seq, ReviewEntry entry) {
        ObjectNode n = lines.object(seq);
        n.put("at", entry.at().toString());
        if (entry instanceof ReviewEntry.Session s) {
            n.put("type", "session");
            n.put("examiner", s.examiner());
            n.put("paper", s.paper());
            ArrayNode answers = n.putArray("answers");
            s.answers().forEach(answers::add);
            n.put("grids", s.grids());
            n.put("banks", s.banks());
        } else if (entry instanceof ReviewEntry.Decided d) {
            n.put("type", "decision");
            key(n, d.decision().key());
            n.put("mark", d.decision().mark());
            n.put("marker_mark", d.decision().markerMark());
            n.put("comment", d.decision().comment());
            n.put("by", d.decision().by());
        } else if (entry instanceof ReviewEntry.Cleared c) {
            n.put("type", "clear");
            key(n, c.key());
            n.put("by", c.by());
        } else if (entry instanceof ReviewEntry.Written w) {
            n.put("type", "written");
            n.put("filled", w.filled());
        } else {
            throw new IllegalArgumentException("not a review journal entry: " + entry);
        }
        return lines.encode(n);
    }

    private static void key(ObjectNode n, AnswerKey key) {
        n.put("candidate", key.candidate());
        n.put("question", key.question());
    }

    /** The entry, or empty when the line is torn, damaged or of a kind this version does not know. */
    Optional<Numbered> decode(String line) {
        Optional<JsonNode> read = lines.decode(line);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        JsonNode n = read.get();
        try {
            Instant at = Instant.parse(n.path("at").asText());
            ReviewEntry entry = switch (n.path("type").asText()) {
                case "session" -> new ReviewEntry.Session(at, text(n, "examiner"), text(n, "paper"), list(n.path("answers")),
                        text(n, "grids"), text(n, "banks"));
                case "decision" -> new ReviewEntry.Decided(at, new Decision(key(n), n.path("mark").asInt(-1),
                        text(n, "comment"), n.path("marker_mark").asInt(), text(n, "by"), at));
                case "clear" -> new ReviewEntry.Cleared(at, key(n), text(n, "by"));
                case "written" -> new ReviewEntry.Written(at, n.path("filled").asInt());
                default -> null;
            };
            return entry == null ? Optional.empty() : Optional.of(new Numbered(n.path("seq").asLong(), entry));
        } catch (DateTimeParseException | IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static AnswerKey key(JsonNode n) {
        return new AnswerKey(text(n, "candidate"), text(n, "question"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> list(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }
}
