package org.examengine.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses YAML or JSON into a {@link Node} tree with locations, using Jackson's streaming parser. JSON is
 * chosen by a {@code .json} file name, YAML otherwise. Parsing problems become {@link ExamException}s
 * carrying the file, line and column; nothing else escapes.
 */
public final class DocumentParser {

    private static final int MAX_DEPTH = 200;
    /** Far above any real bank (the largest shipped file is under 20 KB); refuses a wrong file quickly. */
    static final long MAX_BYTES = 8L * 1024 * 1024;

    private final JsonFactory yaml = YAMLFactory.builder().build();
    private final JsonFactory json = JsonFactory.builder().build();

    /** Reads and parses a file; {@code shownAs} is the path to print in messages. */
    public Document parse(Path path, String shownAs) {
        String text;
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new ExamException(SourceLocation.startOf(shownAs), "file is larger than "
                        + MAX_BYTES / (1024 * 1024) + " MB; banks, grids and blueprints are far smaller");
            }
            byte[] bytes = Files.readAllBytes(path);
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ExamException(SourceLocation.startOf(shownAs), "file is not valid UTF-8 text", e);
        } catch (IOException e) {
            throw new ExamException(SourceLocation.startOf(shownAs), "cannot read file: " + e.getMessage(), e);
        }
        boolean isJson = path.getFileName() != null
                && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        return parse(text, shownAs, isJson);
    }

    /** Parses text already in memory. */
    public Document parse(String text, String shownAs, boolean isJson) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Finding> findings = new ArrayList<>();
        try (JsonParser parser = (isJson ? json : yaml).createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new ExamException(SourceLocation.startOf(shownAs), "file is empty");
            }
            Node root = read(parser, shownAs, findings, 0);
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                throw new ExamException(location(parser, shownAs),
                        "more than one document in the file; keep one per file");
            }
            return new Document(shownAs, root, findings);
        } catch (JsonProcessingException e) {
            throw new ExamException(location(e.getLocation(), shownAs), "cannot parse: " + oneLine(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new ExamException(SourceLocation.startOf(shownAs), "cannot read file: " + oneLine(e.getMessage()), e);
        } catch (ExamException e) {
            throw e;
        } catch (RuntimeException e) {
            // The YAML library throws its own unchecked exceptions for a few malformed inputs.
            throw new ExamException(SourceLocation.startOf(shownAs), "cannot parse: " + oneLine(String.valueOf(e.getMessage())), e);
        }
    }

    private Node read(JsonParser parser, String file, List<Finding> findings, int depth) throws IOException {
        SourceLocation at = location(parser, file);
        if (depth > MAX_DEPTH) {
            throw new ExamException(at, "nested more than " + MAX_DEPTH + " levels deep");
        }
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Node.Entry> entries = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    SourceLocation keyAt = location(parser, file);
                    parser.nextToken();
                    Node value = read(parser, file, findings, depth + 1);
                    if (entries.containsKey(key)) {
                        findings.add(Finding.error(keyAt, "key '" + key + "' appears twice in the same mapping (first at line "
                                + entries.get(key).keyLocation().line() + ")"));
                    } else {
                        entries.put(key, new Node.Entry(key, keyAt, value));
                    }
                }
                return new Node.Mapping(at, entries);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    if (parser.currentToken() == null) {
                        throw new ExamException(at, "list is not closed");
                    }
                    items.add(read(parser, file, findings, depth + 1));
                }
                return new Node.Sequence(at, items);
            }
            case VALUE_STRING -> {
                return new Node.Scalar(at, parser.getText(), Node.ScalarKind.TEXT);
            }
            case VALUE_NUMBER_INT -> {
                return new Node.Scalar(at, parser.getText(), Node.ScalarKind.WHOLE_NUMBER);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new Node.Scalar(at, parser.getText(), Node.ScalarKind.DECIMAL);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Node.Scalar(at, parser.getText(), Node.ScalarKind.BOOLEAN);
            }
            case VALUE_NULL -> {
                return new Node.Scalar(at, "", Node.ScalarKind.NULL);
            }
            default -> throw new ExamException(at, "unexpected " + token.asString() + " value");
        }
    }

    private static SourceLocation location(JsonParser parser, String file) {
        return location(parser.currentTokenLocation(), file);
    }

    private static SourceLocation location(JsonLocation where, String file) {
        if (where == null || where.getLineNr() < 1) {
            return SourceLocation.startOf(file);
        }
        return new SourceLocation(file, where.getLineNr(), Math.max(1, where.getColumnNr()));
    }

    /**
     * Library messages can span several lines with a copy of the offending text and a caret; a finding is
     * one line, and the location already says where.
     */
    static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "malformed input";
        }
        List<String> kept = new ArrayList<>();
        for (String line : message.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || line.startsWith(" ") || trimmed.startsWith("^")
                    || trimmed.startsWith("in 'reader'") || trimmed.startsWith("at [Source")) {
                continue;
            }
            kept.add(trimmed.replaceAll("\\s*in 'reader', line \\d+, column \\d+:?", "").replaceAll("[:,]$", ""));
        }
        String joined = String.join("; ", kept);
        return joined.isBlank() ? "malformed input" : joined;
    }
}
