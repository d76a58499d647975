package org.examengine.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.examengine.bank.BankFile;
import org.examengine.bank.Question;
import org.examengine.bank.QuestionKind;
import org.examengine.bank.Scenario;
import org.examengine.source.Finding;
import org.examengine.source.SourceLocation;
import org.examengine.syllabus.Level;
import org.examengine.syllabus.PerformanceCode;
import org.examengine.syllabus.Syllabus;

/** Checks questions and scenarios against the syllabus and against each other. */
final class BankChecks {

    private static final Pattern LEVEL_FOLDER = Pattern.compile("(?:^|[/\\\\])level(\\d+)[/\\\\]");
    static final int MIN_PARTS = 2;
    static final int MAX_PARTS = 4;

    private final Syllabus syllabus;
    private final List<Finding> findings;

    BankChecks(Syllabus syllabus, List<Finding> findings) {
        this.syllabus = syllabus;
        this.findings = findings;
    }

    void check(List<BankFile> banks) {
        Map<String, SourceLocation> ids = new HashMap<>();
        for (BankFile bank : banks) {
            folderLevel(bank);
            for (Scenario s : bank.scenarios()) {
                unique(ids, s.id(), "scenario", s.origin().of("id"));
            }
            for (Question q : bank.questions()) {
                unique(ids, q.id(), "question", q.origin().of("id"));
                syllabusPlace(q);
            }
            scenarios(bank);
        }
    }

    private void unique(Map<String, SourceLocation> ids, String id, String what, SourceLocation at) {
        SourceLocation first = ids.putIfAbsent(id, at);
        if (first != null) {
            findings.add(Finding.error(at, what + " id " + id + " is already used at " + first.render()));
        }
    }

    private void syllabusPlace(Question q) {
        Optional<Level> level = syllabus.level(q.level());
        if (level.isEmpty()) {
            findings.add(Finding.error(q.origin().of("level"), "question " + q.id() + " is at level " + q.level()
                    + ", which the syllabus does not have (levels " + syllabus.levelNumbers() + ")"));
            return;
        }
        Level l = level.get();
        if (l.outcome(q.lo()).isEmpty()) {
            findings.add(Finding.error(q.origin().of("lo"), "question " + q.id() + ": Level " + l.number()
                    + " has no learning outcome " + q.lo() + " (it has 1 to " + l.outcomes().size() + ")"));
        } else if (l.criterion(q.ac()).isEmpty()) {
            findings.add(Finding.error(q.origin().of("ac"), "question " + q.id() + ": Level " + l.number()
                    + " has no assessment criterion " + q.ac() + " (LO" + q.lo() + " has "
                    + l.outcome(q.lo()).get().criteria().stream().map(c -> c.id()).collect(Collectors.joining(", ")) + ")"));
        } else if (l.criterion(q.ac()).get().outcome() != q.lo()) {
            findings.add(Finding.error(q.origin().of("ac"), "question " + q.id() + ": assessment criterion " + q.ac()
                    + " belongs to LO" + l.criterion(q.ac()).get().outcome() + ", not LO" + q.lo()));
        }
        Optional<PerformanceCode> code = syllabus.code(q.topic());
        String topics = syllabus.topicsAt(l.number()).stream().map(PerformanceCode::code).collect(Collectors.joining(", "));
        if (code.isEmpty() || !code.get().topic()) {
            findings.add(Finding.error(q.origin().of("topic"), "question " + q.id() + ": '" + q.topic()
                    + "' is not a topic code (Level " + l.number() + " topics: " + topics + ")"));
        } else if (!code.get().appliesAt(l.number())) {
            findings.add(Finding.error(q.origin().of("topic"), "question " + q.id() + ": topic " + q.topic() + " ("
                    + code.get().area() + ") is not assessed at Level " + l.number() + " (its topics: " + topics + ")"));
        }
    }

    private void scenarios(BankFile bank) {
        Map<String, Scenario> byId = bank.scenarios().stream()
                .collect(Collectors.toMap(Scenario::id, s -> s, (a, b) -> a));
        Map<String, Integer> parts = new HashMap<>();
        for (Question q : bank.questions()) {
            if (q.kind() == QuestionKind.SCENARIO && q.scenario() != null) {
                if (!byId.containsKey(q.scenario())) {
                    findings.add(Finding.error(q.origin().of("scenario"), "question " + q.id() + " is a part of scenario "
                            + q.scenario() + ", but this file has no scenario with that id under 'scenarios'"));
                } else {
                    parts.merge(q.scenario(), 1, Integer::sum);
                }
            }
        }
        for (Scenario s : bank.scenarios()) {
            int n = parts.getOrDefault(s.id(), 0);
            if (n == 0) {
                findings.add(Finding.warning(s.origin().of("id"), "scenario " + s.id() + " has no questions"));
            } else if (n < MIN_PARTS || n > MAX_PARTS) {
                findings.add(Finding.warning(s.origin().of("id"), "scenario " + s.id() + " has " + n
                        + " question(s); a scenario task should have " + MIN_PARTS + " to " + MAX_PARTS));
            }
        }
    }

    /** A file under a {@code levelN} folder that says another level is most likely misfiled. */
    private void folderLevel(BankFile bank) {
        Matcher m = LEVEL_FOLDER.matcher(bank.file());
        Integer folder = null;
        while (m.find()) {
            folder = Integer.parseInt(m.group(1));
        }
        if (folder == null) {
            return;
        }
        for (Question q : bank.questions()) {
            if (q.level() != folder) {
                findings.add(Finding.warning(q.origin().of("level"), "question " + q.id() + " is at level " + q.level()
                        + " but its file is in a level" + folder + " folder"));
                return;
            }
        }
    }
}
