package org.examengine.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Small result sets for tests: a paper of a few questions (given marks and topics) written as a paper file, and
 * results lines built from a matrix of marks, as exam mark --paper writes them.
 */
public final class TinyResults {

    private TinyResults() {
    }

    /** A level 2 paper {@code id} whose question i is {@code Q<i+1>} with {@code marks[i]} marks and topic {@code topics[i]}. */
    public static String paperJson(String id, int[] marks, String[] topics) {
        StringBuilder qs = new StringBuilder();
        int total = 0;
        for (int i = 0; i < marks.length; i++) {
            total += marks[i];
            qs.append(i == 0 ? "" : ",").append("{\"number\":\"").append(i + 1).append("\",\"id\":\"Q").append(i + 1)
                    .append("\",\"marks\":").append(marks[i]).append(",\"minutes\":2,\"lo\":").append(i % 3 + 1)
                    .append(",\"ac\":\"").append(i % 3 + 1).append(".1\",\"topic\":\"").append(topics[i])
                    .append("\",\"stem\":\"Question ").append(i + 1).append(".\"}");
        }
        return "{\"id\":\"" + id + "\",\"level\":2,\"unit\":\"112/022\",\"seed\":1,\"bank_fingerprint\":\"sha256:00\","
                + "\"duration\":90,\"reading\":5,\"marks\":" + total + ",\"grading\":{\"pass\":60,\"first_class\":80,"
                + "\"narrow_fail\":5,\"insufficient_work\":50,\"misinterpretation\":2,\"topic_attainment\":50},"
                + "\"sections\":[{\"title\":\"Section A\",\"instructions\":\"Answer all the questions.\",\"questions\":["
                + qs + "]}]}\n";
    }

    /** One results line: candidate {@code C<n>} with these marks; grade from 60/80 % of the total. */
    public static String line(String paperId, String paperHash, String candidate, int[] marks, int[] max) {
        int total = 0;
        int paperMax = 0;
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < marks.length; i++) {
            total += marks[i];
            paperMax += max[i];
            answers.add("{\"question\":\"Q" + (i + 1) + "\",\"number\":\"" + (i + 1) + "\",\"answered\":true,\"mark\":"
                    + marks[i] + ",\"max\":" + max[i] + ",\"confidence\":\"sure\",\"reasons\":[],\"points\":[],"
                    + "\"marked_by\":\"marker\"}");
        }
        String grade = total * 100 >= 80 * paperMax ? "First Class Pass" : total * 100 >= 60 * paperMax ? "Pass" : "Fail";
        return "{\"candidate\":\"" + candidate + "\",\"paper\":\"" + paperId + "\",\"total\":" + total + ",\"max\":"
                + paperMax + ",\"percent\":" + (total * 100.0 / paperMax) + ",\"grade\":\"" + grade + "\",\"codes\":[],"
                + "\"answers\":[" + String.join(",", answers) + "],\"fingerprint\":\"exam test paper:" + paperHash
                + " grids:00000000 thesaurus:none\"}";
    }

    /** Writes DIR/results.jsonl and DIR/ID.json for the marks matrix (a row per candidate). */
    public static void write(Path dir, String id, int[] max, String[] topics, int[][] marks) throws IOException {
        byte[] paper = paperJson(id, max, topics).getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve(id + ".json"), paper);
        String hash = sha(paper);
        StringBuilder out = new StringBuilder();
        for (int c = 0; c < marks.length; c++) {
            out.append(line(id, hash, "C" + (c + 1), marks[c], max)).append('\n');
        }
        Files.writeString(dir.resolve("results.jsonl"), out.toString());
    }

    public static String sha(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 4);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads back what {@link #write} wrote. */
    public static ResultSet read(Path dir, String id, int[] max, String[] topics, int[][] marks) throws IOException {
        write(dir, id, max, topics, marks);
        return new ResultSetReader().read(dir, null);
    }
}
