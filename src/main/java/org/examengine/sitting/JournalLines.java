package org.examengine.sitting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * The framing shared by candidate and control journals: one JSON object per line, {@code seq} first and a
 * CRC-32C of everything before the {@code crc} field last, so a line torn by a crash or changed by hand is
 * told apart from a good one without trusting the JSON parser to notice. Public so that other append-only
 * journals (the review decisions of {@code exam review}) frame their lines the same way.
 */
public final class JournalLines {

    private static final String CRC_FIELD = ",\"crc\":\"";
    private final ObjectMapper json = new ObjectMapper();

    /** A new entry holding its sequence number, for the caller to add its fields to. */
    public ObjectNode object(long seq) {
        ObjectNode node = json.createObjectNode();
        node.put("seq", seq);
        return node;
    }

    /** The line for {@code body} (which must hold {@code seq}), without the newline. */
    public String encode(ObjectNode body) {
        String text;
        try {
            text = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a journal entry could not be written as JSON", e);
        }
        String prefix = text.substring(0, text.length() - 1);
        return prefix + CRC_FIELD + crc(prefix) + "\"}";
    }

    /** The entry's fields when the line is whole and its checksum right; empty when it is torn or damaged. */
    public Optional<JsonNode> decode(String line) {
        int at = line.lastIndexOf(CRC_FIELD);
        if (at < 0 || !line.endsWith("\"}")) {
            return Optional.empty();
        }
        String prefix = line.substring(0, at);
        String stated = line.substring(at + CRC_FIELD.length(), line.length() - 2);
        if (!stated.equals(crc(prefix))) {
            return Optional.empty();
        }
        try {
            JsonNode node = json.readTree(line);
            return node != null && node.isObject() && node.path("seq").canConvertToLong() ? Optional.of(node)
                    : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static String crc(String text) {
        CRC32C crc = new CRC32C();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().toHexDigits((int) crc.getValue());
    }
}
