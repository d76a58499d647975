package org.examengine.marking;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import org.examengine.grid.Grid;
import org.examengine.grid.Phrase;
import org.examengine.grid.Point;

/**
 * What produced a set of marks: the marker's version and short SHA-256 prefixes of the paper, of the grids
 * used and of the thesaurus. Written into every results file, so that a re-run can be shown to come from
 * the same inputs, and a changed input is seen by name. Grids are hashed by content (what they credit), so
 * moving a grid between files or editing its guidance or examples does not change it.
 */
public record RunFingerprint(String marker, String paper, String grids, String thesaurus) {

    private static final char FIELD = '\u001f';

    public RunFingerprint {
        Objects.requireNonNull(marker, "marker");
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(grids, "grids");
        Objects.requireNonNull(thesaurus, "thesaurus");
    }

    /** @param paperBytes the paper file as read, or {@code null} when marking without a paper */
    public static RunFingerprint of(byte[] paperBytes, Iterable<Grid> grids, String thesaurusText) {
        TreeMap<String, Grid> sorted = new TreeMap<>();
        grids.forEach(g -> sorted.put(g.question(), g));
        StringBuilder text = new StringBuilder();
        for (Grid g : sorted.values()) {
            line(text, "grid", g.question(), g.max(), g.marksByCount(), new TreeMap<>(g.groups()).values().stream()
                    .map(group -> group.id() + "=" + group.cap()).toList());
            for (Point p : g.points().stream().sorted(Comparator.comparing(Point::id)).toList()) {
                line(text, "point", p.id(), p.marks(), p.group(), p.needs(), p.accept().stream().map(Phrase::text).toList());
            }
            line(text, "reject", g.reject().stream().map(Phrase::text).toList());
            line(text, "misread", g.misread().stream().map(Phrase::text).toList());
        }
        return new RunFingerprint(markerVersion(), paperBytes == null ? "none" : hash(paperBytes),
                hash(text.toString().getBytes(StandardCharsets.UTF_8)),
                thesaurusText == null ? "none" : hash(thesaurusText.getBytes(StandardCharsets.UTF_8)));
    }

    /** {@code exam 0.1.0 paper:1a2b3c4d grids:5e6f7a8b thesaurus:9c0d1e2f}, as results files record it. */
    public String render() {
        return "exam " + marker + " paper:" + paper + " grids:" + grids + " thesaurus:" + thesaurus;
    }

    static String markerVersion() {
        Properties p = new Properties();
        try (InputStream in = RunFingerprint.class.getResourceAsStream("marker.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version", "unknown");
    }

    private static void line(StringBuilder text, Object... fields) {
        for (Object f : fields) {
            text.append(f).append(FIELD);
        }
        text.append('\n');
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
