package org.examengine.report;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.examengine.grading.CandidateScript;
import org.examengine.grading.Grader;

/**
 * Every candidate met so far, in the order first met: their script for grading, and where each answer's
 * evidence lies in the spill file. Small per candidate, so memory grows with candidates, not answers.
 */
final class CandidateTable {

    /** One candidate's answers so far. */
    static final class Entry {
        final String candidate;
        final CandidateScript script;
        /** Per question: place of the answer's evidence in the spill, or -1 for no answer row. */
        final long[] evidenceAt;
        final int[] evidenceLength;
        /** Per question: the line the answer row was on, and the file's index, for duplicates' messages. */
        final long[] line;
        final short[] file;

        Entry(String candidate, CandidateScript script) {
            this.candidate = candidate;
            this.script = script;
            int n = script.questions();
            evidenceAt = new long[n];
            Arrays.fill(evidenceAt, -1);
            evidenceLength = new int[n];
            line = new long[n];
            file = new short[n];
        }

        boolean hasRow(int question) {
            return evidenceAt[question] >= 0;
        }
    }

    private final Grader grader;
    private final Map<String, Entry> byCandidate = new LinkedHashMap<>();

    CandidateTable(Grader grader) {
        this.grader = grader;
    }

    Entry entry(String candidate) {
        return byCandidate.computeIfAbsent(candidate, c -> new Entry(c, grader.newScript()));
    }

    Collection<Entry> inOrder() {
        return byCandidate.values();
    }

    int size() {
        return byCandidate.size();
    }
}
