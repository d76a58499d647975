package org.examengine.report.stats;

import java.util.ArrayList;
import java.util.List;
import org.examengine.grading.Grade;
import org.examengine.paper.GradingRules;
import org.examengine.paper.Paper;
import org.examengine.paper.PaperQuestion;
import org.examengine.report.CandidateResult;
import org.examengine.report.Item;
import org.examengine.report.ItemResult;
import org.examengine.report.MarkedBy;
import org.examengine.report.ResultSet;

/** Result sets built in memory for the statistics tests: question i is Q(i+1), graded at 60 % and 80 %. */
final class Sets {

    private Sets() {
    }

    static Paper paper(String id, int[] max, String[] topics) {
        List<PaperQuestion> questions = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < max.length; i++) {
            questions.add(new PaperQuestion(Integer.toString(i + 1), "Q" + (i + 1), max[i], 2, 1, "1.1", topics[i], "?"));
            total += max[i];
        }
        return new Paper(id, 2, "112/022", 1, "sha256:00", 90, 5, total, questions, List.of(), GradingRules.DEFAULTS);
    }

    static ResultSet of(int[] max, String[] topics, int[][] marks) {
        List<CandidateResult> candidates = new ArrayList<>();
        for (int c = 0; c < marks.length; c++) {
            List<ItemResult> items = new ArrayList<>();
            for (int i = 0; i < max.length; i++) {
                items.add(new ItemResult("Q" + (i + 1), marks[c][i], max[i], true, true, MarkedBy.MARKER, marks[c][i],
                        false, List.of(), List.of(), false));
            }
            candidates.add(candidate("C" + (c + 1), c + 1, items, max, List.of()));
        }
        return of(max, topics, candidates);
    }

    static ResultSet of(int[] max, String[] topics, List<CandidateResult> candidates) {
        Paper paper = paper("L2-1", max, topics);
        List<Item> items = paper.allQuestions().stream()
                .map(q -> new Item(q.id(), q.number(), q.marks(), q.topic(), q.lo(), q.ac())).toList();
        return new ResultSet("results.jsonl", paper, "exam test", items, candidates);
    }

    /** The same results on a paper graded by other rules. */
    static ResultSet withRules(ResultSet set, GradingRules rules) {
        Paper p = set.paper();
        Paper paper = new Paper(p.id(), p.level(), p.unit(), p.seed(), p.bankFingerprint(), p.duration(), p.reading(),
                p.marks(), p.questions(), p.scenarios(), rules);
        return new ResultSet(set.source(), paper, set.fingerprint(), set.items(), set.candidates());
    }

    static CandidateResult candidate(String id, int line, List<ItemResult> items, int[] max, List<String> codes) {
        int total = items.stream().mapToInt(ItemResult::mark).sum();
        int paperMax = java.util.Arrays.stream(max).sum();
        Grade grade = total * 100 >= 80 * paperMax ? Grade.FIRST_CLASS_PASS : total * 100 >= 60 * paperMax ? Grade.PASS
                : Grade.FAIL;
        return new CandidateResult(id, line, total, paperMax, 100.0 * total / paperMax, grade, codes, items);
    }
}
