package org.examengine.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.examengine.bank.Question;
import org.examengine.bank.QuestionKind;
import org.examengine.bank.BankFile;
import org.examengine.paper.Blueprint;
import org.examengine.paper.BuildResult;
import org.examengine.paper.PaperBuilder;
import org.examengine.source.Finding;
import org.examengine.source.SourceLocation;
import org.examengine.syllabus.Level;
import org.examengine.syllabus.LearningOutcome;
import org.examengine.syllabus.PerformanceCode;
import org.examengine.syllabus.Syllabus;

/**
 * Checks each blueprint against the syllabus, and against the bank of its level where that bank was
 * validated too: a bank that lacks the marks, scenario tasks, outcomes or topic marks a paper needs can
 * never meet the blueprint; and when it has enough of each, whether the paper builder finds one paper that
 * meets every rule at once.
 */
final class BlueprintChecks {

    private final Syllabus syllabus;
    private final List<Finding> findings;

    BlueprintChecks(Syllabus syllabus, List<Finding> findings) {
        this.syllabus = syllabus;
        this.findings = findings;
    }

    void check(List<Blueprint> blueprints, List<BankFile> banks) {
        List<Question> questions = banks.stream().flatMap(f -> f.questions().stream()).toList();
        Map<Integer, SourceLocation> seen = new HashMap<>();
        for (Blueprint b : blueprints) {
            Optional<Level> level = syllabus.level(b.level());
            if (level.isEmpty()) {
                findings.add(Finding.error(b.origin().of("level"), "blueprint for level " + b.level()
                        + ": the syllabus has no such level (levels " + syllabus.levelNumbers() + ")"));
                continue;
            }
            SourceLocation first = seen.putIfAbsent(b.level(), b.origin().location());
            if (first != null) {
                findings.add(Finding.error(b.origin().location(), "a second blueprint for Level " + b.level()
                        + " (the first is at " + first.render() + ")"));
            }
            Level l = level.get();
            if (b.duration() != l.duration()) {
                findings.add(Finding.error(b.origin().of("duration"), "Level " + l.number() + " papers last "
                        + l.duration() + " minutes, but the blueprint says " + b.duration()));
            }
            if (b.reading() != l.reading()) {
                findings.add(Finding.error(b.origin().of("reading"), "Level " + l.number() + " papers have "
                        + l.reading() + " minutes' reading time, but the blueprint says " + b.reading()));
            }
            topics(b, l);
            List<Question> bank = questions.stream().filter(q -> q.level() == l.number()).toList();
            if (!bank.isEmpty()) {
                int before = findings.size();
                bankCanSupply(b, l, bank);
                if (findings.size() == before) {
                    canBuildAPaper(b, l, banks);
                }
            }
        }
    }

    private void topics(Blueprint b, Level l) {
        int sum = 0;
        for (Map.Entry<String, Integer> e : b.coverage().topicMinMarks().entrySet()) {
            Optional<PerformanceCode> code = syllabus.code(e.getKey());
            if (code.isEmpty() || !code.get().topic() || !code.get().appliesAt(l.number())) {
                findings.add(Finding.error(b.coverage().origin().of("topic_min_marks"), "topic_min_marks names " + e.getKey()
                        + ", which is not a topic code at Level " + l.number() + " (its topics: "
                        + syllabus.topicsAt(l.number()).stream().map(PerformanceCode::code).collect(Collectors.joining(", ")) + ")"));
            }
            sum += e.getValue();
        }
        if (sum > b.marks()) {
            findings.add(Finding.error(b.coverage().origin().of("topic_min_marks"), "topic_min_marks add up to " + sum
                    + " marks, more than the paper's " + b.marks()));
        }
    }

    /**
     * A lower bound on the minutes any selection of {@code marks} marks needs: questions taken fastest per
     * mark first, the last one in part. Above the paper's budget, no paper can be built.
     */
    static int quickestMinutes(List<Question> bank, int marks) {
        List<Question> fastest = bank.stream()
                .sorted(java.util.Comparator.comparingDouble(q -> (double) q.minutes() / q.marks())).toList();
        double minutes = 0;
        int left = marks;
        for (Question q : fastest) {
            if (left <= 0) {
                break;
            }
            int take = Math.min(left, q.marks());
            minutes += (double) q.minutes() * take / q.marks();
            left -= take;
        }
        return (int) Math.ceil(minutes - 1e-9);
    }

    /** The bank has enough of each thing; whether one paper can have them all at once is the builder's search. */
    private void canBuildAPaper(Blueprint b, Level l, List<BankFile> banks) {
        BuildResult result = new PaperBuilder(l, b, banks).build(0, java.util.Set.of());
        for (String problem : result.problems()) {
            findings.add(Finding.error(b.origin().location(), "no Level " + l.number() + " paper can meet this blueprint: "
                    + problem));
        }
    }

    private void bankCanSupply(Blueprint b, Level l, List<Question> bank) {
        String where = "the Level " + l.number() + " bank";
        int marks = bank.stream().mapToInt(Question::marks).sum();
        if (marks < b.marks()) {
            findings.add(Finding.error(b.origin().of("marks"), where + " has " + marks + " marks of questions, fewer than the "
                    + b.marks() + " a paper needs"));
        }
        long tasks = bank.stream().filter(q -> q.kind() == QuestionKind.SCENARIO).map(Question::scenario).distinct().count();
        if (tasks < b.scenarios()) {
            findings.add(Finding.error(b.origin().of("scenarios"), where + " has " + tasks + " scenario task(s), fewer than the "
                    + b.scenarios() + " a paper needs"));
        }
        int quickest = quickestMinutes(bank, b.marks());
        int budget = b.duration() - b.slackMinutes();
        if (marks >= b.marks() && quickest > budget) {
            findings.add(Finding.error(b.origin().of("marks"), "even the quickest " + b.marks() + " marks of " + where
                    + " need " + quickest + " minutes, more than the " + budget + " the paper allows (duration "
                    + b.duration() + " less slack " + b.slackMinutes() + ")"));
        }
        for (LearningOutcome lo : l.outcomes()) {
            long n = bank.stream().filter(q -> q.lo() == lo.number()).count();
            if (n < b.coverage().everyLo()) {
                findings.add(Finding.error(b.coverage().origin().of("every_lo"), where + " has " + n + " question(s) on LO" + lo.number()
                        + ", fewer than the " + b.coverage().everyLo() + " every paper needs"));
            }
        }
        for (Map.Entry<String, Integer> e : b.coverage().topicMinMarks().entrySet()) {
            int topicMarks = bank.stream().filter(q -> q.topic().equals(e.getKey())).mapToInt(Question::marks).sum();
            if (topicMarks < e.getValue()) {
                findings.add(Finding.error(b.coverage().origin().of("topic_min_marks"), where + " has " + topicMarks + " marks on topic "
                        + e.getKey() + ", fewer than the " + e.getValue() + " every paper needs"));
            }
        }
    }
}
