package org.examengine.sitting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Entries and control commands to and from journal lines; a line that does not hold a known entry is refused. */
final class EntryCodec {

    private final JournalLines lines = new JournalLines();

    String encode(long seq, Entry entry) {
        ObjectNode n = lines.object(seq);
        n.put("at", entry.at().toString());
        if (entry instanceof Entry.Opened o) {
            n.put("type", "open").put("candidate", o.candidate()).put("centre", o.centre()).put("paper", o.paper())
                    .put("fingerprint", o.fingerprint()).put("reading", o.readingMinutes())
                    .put("writing", o.writingMinutes()).put("control_from", o.controlFrom());
            ArrayNode qs = n.putArray("questions");
            for (QuestionDigest q : o.questions()) {
                qs.addObject().put("number", q.number()).put("id", q.id()).put("marks", q.marks())
                        .put("digest", q.digest());
            }
        } else if (entry instanceof Entry.Arranged a) {
            n.put("type", "arrangement").put("percent", a.percent()).put("reason", a.reason())
                    .put("approved_by", a.approvedBy());
        } else if (entry instanceof Entry.PhaseChanged p) {
            n.put("type", "phase").put("phase", p.phase().name().toLowerCase(Locale.ROOT)).put("cause", p.cause());
        } else if (entry instanceof Entry.AnswerSaved s) {
            n.put("type", "answer").put("question", s.question()).put("text", s.text());
        } else if (entry instanceof Entry.Flagged f) {
            n.put("type", "flag").put("question", f.question()).put("flagged", f.flagged());
        } else if (entry instanceof Entry.Moved m) {
            n.put("type", "move").put("question", m.question());
        } else if (entry instanceof Entry.Heartbeat) {
            n.put("type", "clock");
        } else if (entry instanceof Entry.Restarted r) {
            n.put("type", "restart").put("downtime_charged", r.downtimeCharged()).put("note", r.note());
        } else if (entry instanceof Entry.Controlled c) {
            n.put("type", "control");
            command(n.putObject("command"), c.command());
        }
        return lines.encode(n);
    }

    String encode(ControlCommand c) {
        ObjectNode n = lines.object(c.seq());
        n.put("at", c.at().toString());
        commandFields(n, c);
        return lines.encode(n);
    }

    /** The entry on this line with its sequence number, or null when the line is torn or damaged. */
    LineJournal.Numbered<Entry> decodeEntry(String line) {
        JsonNode n = lines.decode(line).orElse(null);
        if (n == null) {
            return null;
        }
        Instant at = instant(n, "at");
        Entry e = switch (text(n, "type")) {
            case "open" -> new Entry.Opened(at, text(n, "candidate"), text(n, "centre"), text(n, "paper"),
                    text(n, "fingerprint"), digests(n.path("questions")), n.path("reading").asInt(),
                    n.path("writing").asInt(), n.path("control_from").asLong());
            case "arrangement" -> new Entry.Arranged(at, n.path("percent").asInt(), text(n, "reason"),
                    text(n, "approved_by"));
            case "phase" -> new Entry.PhaseChanged(at, Phase.valueOf(text(n, "phase").toUpperCase(Locale.ROOT)),
                    text(n, "cause"));
            case "answer" -> new Entry.AnswerSaved(at, text(n, "question"), text(n, "text"));
            case "flag" -> new Entry.Flagged(at, text(n, "question"), n.path("flagged").asBoolean());
            case "move" -> new Entry.Moved(at, text(n, "question"));
            case "clock" -> new Entry.Heartbeat(at);
            case "restart" -> new Entry.Restarted(at, n.path("downtime_charged").asBoolean(), text(n, "note"));
            case "control" -> new Entry.Controlled(at, command(n.path("command")));
            default -> throw new IllegalArgumentException("unknown entry type '" + text(n, "type") + "'");
        };
        return new LineJournal.Numbered<>(n.path("seq").asLong(), e);
    }

    /** The command on this control-journal line, or null when the line is torn or damaged. */
    ControlCommand decodeCommand(String line) {
        JsonNode n = lines.decode(line).orElse(null);
        return n == null ? null : command(n);
    }

    private static void command(ObjectNode n, ControlCommand c) {
        n.put("seq", c.seq()).put("at", c.at().toString());
        commandFields(n, c);
    }

    private static void commandFields(ObjectNode n, ControlCommand c) {
        n.put("action", c.action().word()).put("target", c.target()).put("minutes", c.minutes())
                .put("percent", c.percent()).put("reason", c.reason()).put("by", c.by());
        if (!c.approvedBy().isEmpty()) {
            n.put("approved_by", c.approvedBy());
        }
    }

    private static ControlCommand command(JsonNode n) {
        return new ControlCommand(n.path("seq").asLong(), instant(n, "at"),
                ControlCommand.Action.valueOf(text(n, "action").toUpperCase(Locale.ROOT)), text(n, "target"),
                n.path("minutes").asInt(), n.path("percent").asInt(), text(n, "reason"), text(n, "by"),
                n.path("approved_by").asText(""));
    }

    private static List<QuestionDigest> digests(JsonNode array) {
        List<QuestionDigest> out = new ArrayList<>();
        for (JsonNode q : array) {
            out.add(new QuestionDigest(text(q, "number"), text(q, "id"), q.path("marks").asInt(), text(q, "digest")));
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("no text field '" + field + "'");
        }
        return v.asText();
    }

    private static Instant instant(JsonNode n, String field) {
        try {
            return Instant.parse(text(n, field));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("field '" + field + "' is not a time: " + e.getParsedString());
        }
    }
}
