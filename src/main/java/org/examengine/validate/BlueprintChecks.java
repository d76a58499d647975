package org.examengine.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.examengine.bank.Question;
import org.examengine.bank.BankFile;
import org.examengine.paper.Blueprint;
import org.examengine.paper.BuildResult;
import org.examengine.paper.PaperBuilder;
import org.examengine.paper.Shortfall;
import org.examengine.source.Finding;
import org.examengine.source.SourceLocation;
import org.examengine.syllabus.Level;
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
                PaperBuilder builder = new PaperBuilder(l, b, banks);
                int before = findings.size();
                bankCanSupply(b, l, bank, builder.shortfalls());
                if (findings.size() == before) {
                    canBuildAPaper(b, l, builder);
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
    private void canBuildAPaper(Blueprint b, Level l, PaperBuilder builder) {
        BuildResult result = builder.build(0, java.util.Set.of());
        for (String problem : result.problems()) {
            findings.add(Finding.error(b.origin().location(), "no Level " + l.number() + " paper can meet this blueprint: "
                    + problem));
        }
    }

    /** The builder's shortfalls, each at its blueprint field; and whether even the quickest questions fit the time. */
    private void bankCanSupply(Blueprint b, Level l, List<Question> bank, List<Shortfall> shortfalls) {
        String where = "the Level " + l.number() + " bank";
        for (Shortfall s : shortfalls) {
            switch (s.field()) {
                case "marks" -> findings.add(Finding.error(b.origin().of("marks"), where + " has " + s.have()
                        + " marks of questions, fewer than the " + s.need() + " a paper needs"));
                case "scenarios" -> findings.add(Finding.error(b.origin().of("scenarios"), where + " has " + s.have()
                        + " scenario task(s), fewer than the " + s.need() + " a paper needs"));
                case "every_lo" -> findings.add(Finding.error(b.coverage().origin().of("every_lo"), where + " has "
                        + s.have() + " question(s) on " + s.subject() + ", fewer than the " + s.need() + " every paper needs"));
                default -> findings.add(Finding.error(b.coverage().origin().of("topic_min_marks"), where + " has "
                        + s.have() + " marks on topic " + s.subject() + ", fewer than the " + s.need() + " every paper needs"));
            }
        }
        int quickest = quickestMinutes(bank, b.marks());
        int budget = b.duration() - b.slackMinutes();
        boolean enoughMarks = shortfalls.stream().noneMatch(s -> s.field().equals("marks"));
        if (enoughMarks && quickest > budget) {
            findings.add(Finding.error(b.origin().of("marks"), "even the quickest " + b.marks() + " marks of " + where
                    + " need " + quickest + " minutes, more than the " + budget + " the paper allows (duration "
                    + b.duration() + " less slack " + b.slackMinutes() + ")"));
        }
    }
}
