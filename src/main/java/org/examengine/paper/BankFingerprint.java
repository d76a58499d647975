package org.examengine.paper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import org.examengine.bank.Question;
import org.examengine.bank.Scenario;

/**
 * SHA-256 of what a paper is built from: the blueprint's rules and every question and scenario of the
 * level, in id order, field by field, with each scenario's parts in bank order. Any change to a stem,
 * mark, tag, rule or the order of a scenario's parts gives another fingerprint; the order of files and of
 * other entries, comments and layout do not.
 */
final class BankFingerprint {

    private static final char FIELD = '\u001f';

    private BankFingerprint() {
    }

    static String of(Blueprint b, List<Question> questions, List<Scenario> scenarios) {
        StringBuilder text = new StringBuilder();
        Blueprint.Coverage c = b.coverage();
        line(text, "blueprint", b.level(), b.duration(), b.reading(), b.marks(), b.scenarios(), b.slackMinutes(),
                c.everyLo(), c.maxPerAc(), new TreeMap<>(c.topicMinMarks()), b.boundaries().pass(),
                b.boundaries().firstClass(), b.boundaries().narrowFail(), b.codes().insufficientWork(),
                b.codes().misinterpretation(), b.codes().topicAttainment());
        for (Question q : questions.stream().sorted(Comparator.comparing(Question::id)).toList()) {
            line(text, "question", q.id(), q.level(), q.lo(), q.ac(), q.topic(), q.kind(), q.marks(), q.minutes(), q.stem(),
                    q.scenario());
        }
        for (Scenario s : scenarios.stream().sorted(Comparator.comparing(Scenario::id)).toList()) {
            // the parts' order is the order they are printed in
            line(text, "scenario", s.id(), s.text(), questions.stream().filter(q -> s.id().equals(q.scenario()))
                    .map(Question::id).toList());
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static void line(StringBuilder text, Object... fields) {
        for (Object f : fields) {
            text.append(f).append(FIELD);
        }
        text.append('\n');
    }
}
