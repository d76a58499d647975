package org.examengine.sitting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.examengine.paper.Paper;
import org.examengine.paper.PaperQuestion;
import org.examengine.paper.ScenarioTask;

/**
 * What a candidate is shown of a paper, hashed: a digest per question (number, marks, wording and, for a
 * scenario part, the situation) and one fingerprint over them and the times. A journal keeps both, so resuming
 * against a paper that has changed is refused with the questions that differ.
 */
public final class PaperIdentity {

    private PaperIdentity() {
    }

    public static List<QuestionDigest> digests(Paper paper) {
        Map<String, String> contextOf = new LinkedHashMap<>();
        for (ScenarioTask t : paper.scenarios()) {
            for (PaperQuestion q : t.parts()) {
                contextOf.put(q.id(), t.context());
            }
        }
        List<QuestionDigest> out = new ArrayList<>();
        for (PaperQuestion q : paper.allQuestions()) {
            String shown = q.number() + "\n" + q.marks() + "\n" + contextOf.getOrDefault(q.id(), "") + "\n" + q.stem();
            out.add(new QuestionDigest(q.number(), q.id(), q.marks(), sha256(shown).substring(0, 16)));
        }
        return out;
    }

    public static String fingerprint(Paper paper) {
        StringBuilder all = new StringBuilder(paper.id()).append('\n').append(paper.reading()).append('\n')
                .append(paper.duration());
        for (QuestionDigest d : digests(paper)) {
            all.append('\n').append(d.id()).append(' ').append(d.digest());
        }
        return "sha256:" + sha256(all.toString()).substring(0, 16);
    }

    /** How the paper now differs from the one the journal was opened with, each difference in words. */
    public static List<String> differences(Entry.Opened opened, Paper paper) {
        List<String> out = new ArrayList<>();
        if (!opened.paper().equals(paper.id())) {
            out.add("the journal is for paper " + opened.paper() + ", this is " + paper.id());
            return out;
        }
        if (opened.readingMinutes() != paper.reading() || opened.writingMinutes() != paper.duration()) {
            out.add("times were " + opened.readingMinutes() + "+" + opened.writingMinutes() + " minutes, now "
                    + paper.reading() + "+" + paper.duration());
        }
        Map<String, QuestionDigest> was = new LinkedHashMap<>();
        opened.questions().forEach(q -> was.put(q.id(), q));
        Map<String, QuestionDigest> now = new LinkedHashMap<>();
        digests(paper).forEach(q -> now.put(q.id(), q));
        for (QuestionDigest q : was.values()) {
            QuestionDigest n = now.get(q.id());
            if (n == null) {
                out.add("question " + q.number() + " (" + q.id() + ") is no longer on the paper");
            } else if (n.marks() != q.marks()) {
                out.add("question " + q.number() + " (" + q.id() + ") was worth " + q.marks() + " marks, now " + n.marks());
            } else if (!n.number().equals(q.number())) {
                out.add("question " + q.id() + " was numbered " + q.number() + ", now " + n.number());
            } else if (!n.digest().equals(q.digest())) {
                out.add("the wording of question " + q.number() + " (" + q.id() + ") has changed");
            }
        }
        now.values().stream().filter(q -> !was.containsKey(q.id()))
                .forEach(q -> out.add("question " + q.number() + " (" + q.id() + ") is new on the paper"));
        return out;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always there", e);
        }
    }
}
