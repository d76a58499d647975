package org.examengine.report.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.examengine.grading.Grade;
import org.examengine.report.CandidateResult;
import org.examengine.report.Item;
import org.examengine.report.ResultSet;
import org.examengine.syllabus.PerformanceCode;
import org.examengine.syllabus.Syllabus;

/**
 * What a centre sees first: how many sat, how many earned each grade, how often each performance code was
 * given, and how the candidates did per topic.
 *
 * @param candidates candidates in the result set
 * @param grades     candidates per grade, every grade listed, lowest first
 * @param codes      candidates given each performance code of the paper's level, in the handbook's order (codes
 *                   nobody got are listed with 0; a code in the results the handbook does not list comes last)
 * @param topics     one entry per topic on the paper, in the handbook's order
 */
public record CentreSummary(int candidates, Map<Grade, Integer> grades, Map<String, Integer> codes,
                            List<TopicAttainment> topics) {

    public CentreSummary {
        grades = Collections.unmodifiableMap(new EnumMap<>(grades));
        codes = Collections.unmodifiableMap(new LinkedHashMap<>(codes));
        topics = List.copyOf(topics);
    }

    public static CentreSummary of(ResultSet set, Syllabus syllabus) {
        Map<Grade, Integer> grades = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            grades.put(g, 0);
        }
        Map<String, Integer> codes = new LinkedHashMap<>();
        int level = set.paper().level();
        syllabus.codes().stream().filter(c -> c.appliesAt(level)).forEach(c -> codes.put(c.code(), 0));
        for (CandidateResult c : set.candidates()) {
            grades.merge(c.grade(), 1, Integer::sum);
            c.codes().forEach(code -> codes.merge(code, 1, Integer::sum));
        }
        return new CentreSummary(set.candidates().size(), grades, codes, topics(set, syllabus));
    }

    private static List<TopicAttainment> topics(ResultSet set, Syllabus syllabus) {
        List<String> order = new ArrayList<>(syllabus.codes().stream().filter(PerformanceCode::topic)
                .map(PerformanceCode::code).toList());
        set.items().stream().map(Item::topic).filter(t -> !order.contains(t)).distinct().forEach(order::add);
        int threshold = set.grading().topicAttainment();
        List<TopicAttainment> out = new ArrayList<>();
        for (String topic : order) {
            List<Integer> on = new ArrayList<>();
            for (int i = 0; i < set.items().size(); i++) {
                if (set.items().get(i).topic().equals(topic)) {
                    on.add(i);
                }
            }
            if (on.isEmpty()) {
                continue;
            }
            int marks = on.stream().mapToInt(i -> set.items().get(i).max()).sum();
            double sumPercent = 0;
            int below = 0;
            for (CandidateResult c : set.candidates()) {
                int earned = on.stream().mapToInt(i -> c.item(i).mark()).sum();
                sumPercent += 100.0 * earned / marks;
                below += earned * 100L < (long) threshold * marks ? 1 : 0;
            }
            int n = set.candidates().size();
            String area = syllabus.code(topic).map(PerformanceCode::area).orElse(topic);
            out.add(new TopicAttainment(topic, area, on.size(), marks, n == 0 ? Double.NaN : sumPercent / n, below,
                    threshold));
        }
        return out;
    }
}
