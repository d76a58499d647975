package org.examengine.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.examengine.grading.Grade;
import org.examengine.source.ExamException;
import org.examengine.source.SourceLocation;

/**
 * Turns one parsed line of {@code results.jsonl} into a {@link CandidateResult}, checking every field the
 * report uses against the paper: a question not on the paper, a mark outside 0..max, a total that is not the
 * sum of the marks, an unknown grade or {@code marked_by}, each an {@link ExamException} with file and line.
 */
final class ResultLineParser {

    private static final Map<String, Grade> GRADES = Arrays.stream(Grade.values())
            .collect(Collectors.toMap(Grade::label, Function.identity()));

    private final String file;
    private final List<Item> items;
    private final Map<String, Integer> index;

    ResultLineParser(String file, List<Item> items) {
        this.file = file;
        this.items = List.copyOf(items);
        this.index = new java.util.HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            index.put(items.get(i).id(), i);
        }
    }

    CandidateResult parse(JsonNode node, int line) {
        if (!node.isObject()) {
            throw error(line, "expected a JSON object per line");
        }
        String candidate = text(node, "candidate", line);
        int total = whole(node, "total", line);
        int max = whole(node, "max", line);
        int paperMax = items.stream().mapToInt(Item::max).sum();
        if (max != paperMax) {
            throw error(line, "field 'max': " + max + ", but the paper's questions have " + paperMax + " marks");
        }
        JsonNode percent = node.get("percent");
        if (percent == null || !percent.isNumber()) {
            throw error(line, "field 'percent': expected a number");
        }
        Grade grade = GRADES.get(text(node, "grade", line));
        if (grade == null) {
            throw error(line, "field 'grade': expected one of " + GRADES.keySet().stream().sorted().toList());
        }
        List<String> codes = texts(node, "codes", line);
        ItemResult[] results = answers(node, line);
        int sum = Arrays.stream(results).mapToInt(ItemResult::mark).sum();
        if (sum != total) {
            throw error(line, "field 'total': " + total + ", but the answers' marks add up to " + sum);
        }
        return new CandidateResult(candidate, line, total, max, percent.asDouble(), grade, codes, List.of(results));
    }

    private ItemResult[] answers(JsonNode node, int line) {
        JsonNode answers = node.get("answers");
        if (answers == null || !answers.isArray()) {
            throw error(line, "field 'answers': expected a list");
        }
        ItemResult[] results = new ItemResult[items.size()];
        for (int a = 0; a < answers.size(); a++) {
            JsonNode answer = answers.get(a);
            String at = "answers[" + a + "].";
            if (!answer.isObject()) {
                throw error(line, "field 'answers[" + a + "]': expected an object");
            }
            String question = text(answer, at + "question", "question", line);
            Integer i = index.get(question);
            if (i == null) {
                throw error(line, "field '" + at + "question': '" + question + "' is not on the paper");
            }
            if (results[i] != null) {
                throw error(line, "field '" + at + "question': a second answer to " + question);
            }
            results[i] = answer(answer, at, items.get(i), line);
        }
        for (int i = 0; i < results.length; i++) {
            if (results[i] == null) {
                results[i] = ItemResult.absent(items.get(i));
            }
        }
        return results;
    }

    private ItemResult answer(JsonNode answer, String at, Item item, int line) {
        int max = whole(answer, at + "max", "max", line);
        if (max != item.max()) {
            throw error(line, "field '" + at + "max': " + max + ", but " + item.id() + " has " + item.max()
                    + " marks on the paper");
        }
        int mark = whole(answer, at + "mark", "mark", line);
        if (mark > max) {
            throw error(line, "field '" + at + "mark': " + mark + " is more than the question's " + max + " marks");
        }
        JsonNode answered = answer.get("answered");
        if (answered == null || !answered.isBoolean()) {
            throw error(line, "field '" + at + "answered': expected true or false");
        }
        String by = text(answer, at + "marked_by", "marked_by", line);
        MarkedBy markedBy = switch (by) {
            case "marker" -> MarkedBy.MARKER;
            case "examiner" -> MarkedBy.EXAMINER;
            default -> throw error(line, "field '" + at + "marked_by': expected marker or examiner, was '" + by + "'");
        };
        int markerMark = markedBy == MarkedBy.EXAMINER ? whole(answer, at + "marker_mark", "marker_mark", line) : mark;
        String confidence = text(answer, at + "confidence", "confidence", line);
        if (!confidence.equals("sure") && !confidence.equals("review")) {
            throw error(line, "field '" + at + "confidence': expected sure or review, was '" + confidence + "'");
        }
        List<String> points = new ArrayList<>();
        JsonNode credited = answer.get("points");
        if (credited == null || !credited.isArray()) {
            throw error(line, "field '" + at + "points': expected a list");
        }
        for (int p = 0; p < credited.size(); p++) {
            points.add(text(credited.get(p), at + "points[" + p + "].point", "point", line));
        }
        return new ItemResult(item.id(), mark, max, answered.asBoolean(), true, markedBy, markerMark,
                confidence.equals("review"), texts(answer, at + "reasons", "reasons", line), points,
                answer.hasNonNull("misread"));
    }

    private String text(JsonNode node, String field, int line) {
        return text(node, field, field, line);
    }

    private String text(JsonNode node, String shown, String field, int line) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || !value.isTextual()) {
            throw error(line, "field '" + shown + "': expected text");
        }
        return value.asText();
    }

    private int whole(JsonNode node, String field, int line) {
        return whole(node, field, field, line);
    }

    private int whole(JsonNode node, String shown, String field, int line) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 0) {
            throw error(line, "field '" + shown + "': expected a whole number, 0 or more");
        }
        return value.asInt();
    }

    private List<String> texts(JsonNode node, String field, int line) {
        return texts(node, field, field, line);
    }

    private List<String> texts(JsonNode node, String shown, String field, int line) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw error(line, "field '" + shown + "': expected a list of text");
        }
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode v : value) {
            if (!v.isTextual()) {
                throw error(line, "field '" + shown + "': expected a list of text");
            }
            if (seen.add(v.asText())) {
                out.add(v.asText());
            }
        }
        return out;
    }

    ExamException error(int line, String message) {
        return new ExamException(new SourceLocation(file, line, 1), message);
    }
}
