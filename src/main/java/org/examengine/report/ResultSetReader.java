package org.examengine.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.examengine.paper.Paper;
import org.examengine.paper.PaperReader;
import org.examengine.source.DocumentParser;
import org.examengine.source.ExamException;
import org.examengine.source.SourceLocation;

/**
 * Reads one marked result set: {@code DIR/results.jsonl} as {@code exam mark --paper} wrote it, and the paper
 * it names. The paper is the file given, or else the first of {@code DIR/<paper id>.json},
 * {@code DIR/paper.json} and {@code DIR/../<paper id>.json} that exists. It must be the paper the results were
 * marked against: same id, and the SHA-256 prefix in the run's fingerprint ({@code paper:1a2b3c4d}) must be
 * the file's. Every problem is an {@link ExamException} naming the file and line.
 */
public final class ResultSetReader {

    /** The results file inside a results folder. */
    public static final String RESULTS = "results.jsonl";

    private static final Pattern PAPER_HASH = Pattern.compile("\\bpaper:([0-9a-f]{8}|none)\\b");

    private final Function<Path, String> shown;
    private final ObjectMapper json = new ObjectMapper();

    /** Paths shown as given. */
    public ResultSetReader() {
        this(p -> p.toString().replace('\\', '/'));
    }

    /** @param shown how a path is named in messages (the command line shows it relative to the working folder) */
    public ResultSetReader(Function<Path, String> shown) {
        this.shown = shown;
    }

    /**
     * @param dir   a folder {@code exam mark --paper} wrote
     * @param paper the paper file, or {@code null} to look for it beside the results
     */
    public ResultSet read(Path dir, Path paper) {
        return readAmong(dir, paper == null ? List.of() : List.of(paper));
    }

    /**
     * @param dir    a folder {@code exam mark --paper} wrote
     * @param papers paper files: one is the paper whatever its id; of several, the one with the results' paper id,
     *               or else the one beside the results
     */
    public ResultSet readAmong(Path dir, List<Path> papers) {
        Path file = dir.resolve(RESULTS);
        String name = shown.apply(file);
        if (!Files.isRegularFile(file)) {
            throw new ExamException(name + ": not found; give a folder that exam mark --paper wrote");
        }
        List<String> lines = lines(file, name);
        Map<Integer, JsonNode> nodes = new java.util.LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                nodes.put(i + 1, parse(lines.get(i), name, i + 1));
            }
        }
        ResultLineParser parser0 = new ResultLineParser(name, List.of());
        String paperId = nodes.isEmpty() ? null : paperId(nodes.entrySet().iterator().next(), parser0);
        PaperReader papersReader = new PaperReader(new DocumentParser());
        Path paperFile = papers.size() == 1 ? papers.get(0) : null;
        Paper p = paperFile == null ? null : papersReader.read(paperFile, shown.apply(paperFile)).orThrow();
        for (int i = 0; p == null && i < papers.size() && paperId != null; i++) {
            Paper candidate = papersReader.read(papers.get(i), shown.apply(papers.get(i))).orThrow();
            if (candidate.id().equals(paperId)) {
                paperFile = papers.get(i);
                p = candidate;
            }
        }
        if (p == null) {
            paperFile = locate(dir, paperId, name);
            p = papersReader.read(paperFile, shown.apply(paperFile)).orThrow();
        }
        String paperHash = hash(paperFile);
        List<Item> items = p.allQuestions().stream()
                .map(q -> new Item(q.id(), q.number(), q.marks(), q.topic(), q.lo(), q.ac())).toList();
        ResultLineParser parser = new ResultLineParser(name, items);
        List<CandidateResult> candidates = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        String fingerprint = "";
        for (Map.Entry<Integer, JsonNode> e : nodes.entrySet()) {
            int line = e.getKey();
            String id = paperId(e, parser);
            if (!id.equals(p.id())) {
                throw parser.error(line, "field 'paper': results of paper " + id + ", but " + shown.apply(paperFile)
                        + " is paper " + p.id());
            }
            String fp = fingerprint(e.getValue(), parser, line);
            checkPaperHash(fp, paperHash, parser, line, shown.apply(paperFile));
            fingerprint = fingerprint.isEmpty() ? fp : fingerprint;
            CandidateResult c = parser.parse(e.getValue(), line);
            Integer before = seen.putIfAbsent(c.candidate(), line);
            if (before != null) {
                throw parser.error(line, "field 'candidate': " + c.candidate() + " again (first on line " + before + ")");
            }
            candidates.add(c);
        }
        return new ResultSet(name, p, fingerprint, items, candidates);
    }

    private List<String> lines(Path file, String name) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new ExamException(SourceLocation.startOf(name), "not UTF-8 text", e);
        } catch (IOException e) {
            throw new ExamException(SourceLocation.startOf(name), "cannot be read: " + e.getMessage(), e);
        }
    }

    private JsonNode parse(String line, String name, int number) {
        try {
            return json.readTree(line);
        } catch (JsonProcessingException e) {
            int column = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getColumnNr());
            throw new ExamException(new SourceLocation(name, number, column), "not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String paperId(Map.Entry<Integer, JsonNode> e, ResultLineParser parser) {
        JsonNode id = e.getValue().get("paper");
        if (id == null || !id.isTextual() || id.asText().isBlank()) {
            throw parser.error(e.getKey(), "field 'paper': expected the paper's id");
        }
        return id.asText();
    }

    private static String fingerprint(JsonNode node, ResultLineParser parser, int line) {
        JsonNode fp = node.get("fingerprint");
        if (fp == null || !fp.isTextual()) {
            throw parser.error(line, "field 'fingerprint': expected the marking run's fingerprint");
        }
        return fp.asText();
    }

    private static void checkPaperHash(String fingerprint, String paperHash, ResultLineParser parser, int line,
                                       String paperName) {
        Matcher m = PAPER_HASH.matcher(fingerprint);
        if (m.find() && !m.group(1).equals(paperHash)) {
            throw parser.error(line, "field 'fingerprint': marked against paper:" + m.group(1) + ", but " + paperName
                    + " is paper:" + paperHash + " (a different or edited file); give the paper it was marked against");
        }
    }

    private Path locate(Path dir, String paperId, String name) {
        if (paperId == null) {
            throw new ExamException(SourceLocation.startOf(name), "holds no results, so names no paper; give it with --paper");
        }
        Path parent = dir.toAbsolutePath().normalize().getParent();
        List<Path> tried = new ArrayList<>(List.of(dir.resolve(paperId + ".json"), dir.resolve("paper.json")));
        if (parent != null) {
            tried.add(parent.resolve(paperId + ".json"));
        }
        return tried.stream().filter(Files::isRegularFile).findFirst().orElseThrow(() -> new ExamException(
                SourceLocation.startOf(name), "results of paper " + paperId + ", which is not beside them (looked for "
                + String.join(", ", tried.stream().map(shown).toList()) + "); give it with --paper"));
    }

    private String hash(Path paperFile) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(paperFile));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (IOException e) {
            throw new ExamException(SourceLocation.startOf(shown.apply(paperFile)), "cannot be read: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
