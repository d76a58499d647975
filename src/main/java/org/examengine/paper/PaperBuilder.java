package org.examengine.paper;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.examengine.bank.BankFile;
import org.examengine.bank.Question;
import org.examengine.bank.QuestionKind;
import org.examengine.bank.Scenario;
import org.examengine.syllabus.LearningOutcome;
import org.examengine.syllabus.Level;

/**
 * Builds a paper of one level from its bank to its blueprint: first the rules the bank as a whole cannot
 * meet (too few marks, scenario tasks, questions on an outcome, marks on a topic, no exact total), then a
 * {@link SelectionSearch} over the bank's items in an order drawn from the seed, questions to avoid last.
 * The same bank, blueprint and seed give the same paper. Where no paper keeps every AC within
 * {@code max_per_ac}, the search runs again without that limit and says which AC repeats.
 */
public final class PaperBuilder {

    /** Search steps before giving up: far more than any feasible shipped or generated bank needs. */
    static final long STEP_LIMIT = 500_000;

    /** Selections tried besides the seed's own when aiming at an expected mean. */
    static final int VARIANTS = 48;

    /** Search steps for one of those: an order that needs more is skipped. */
    static final long VARIANT_STEP_LIMIT = 50_000;

    private final Level level;
    private final Blueprint blueprint;
    private final List<Question> questions;
    private final List<Scenario> scenarios;
    private final List<BankItem> items;
    private final String fingerprint;

    /** @param banks every bank file read; only the blueprint's level is used */
    public PaperBuilder(Level level, Blueprint blueprint, List<BankFile> banks) {
        if (level.number() != blueprint.level()) {
            throw new IllegalArgumentException("blueprint for level " + blueprint.level() + " with level " + level.number());
        }
        this.level = level;
        this.blueprint = blueprint;
        this.questions = banks.stream().flatMap(b -> b.questions().stream()).filter(q -> q.level() == level.number()).toList();
        Map<String, Scenario> byId = new HashMap<>();
        banks.forEach(b -> b.scenarios().forEach(s -> byId.putIfAbsent(s.id(), s)));
        Map<String, List<Question>> parts = new TreeMap<>();
        List<BankItem> all = new ArrayList<>();
        for (Question q : questions) {
            if (q.kind() == QuestionKind.SCENARIO && q.scenario() != null && byId.containsKey(q.scenario())) {
                parts.computeIfAbsent(q.scenario(), k -> new ArrayList<>()).add(q);
            } else if (q.kind() == QuestionKind.SHORT) {
                all.add(BankItem.of(q));
            }
        }
        parts.forEach((id, qs) -> all.add(new BankItem(id, byId.get(id), qs)));
        all.sort(Comparator.comparing(BankItem::id));
        this.items = List.copyOf(all);
        this.scenarios = parts.keySet().stream().map(byId::get).toList();
        this.fingerprint = BankFingerprint.of(blueprint, questions, scenarios);
    }

    /** The fingerprint every paper from this bank and blueprint carries. */
    public String fingerprint() {
        return fingerprint;
    }

    /** @param avoid question ids to use only when the blueprint cannot be met without them */
    public BuildResult build(long seed, Set<String> avoid) {
        return build(seed, avoid, null);
    }

    /**
     * @param avoid  question ids to use only when the blueprint cannot be met without them
     * @param target null for the seed's paper; otherwise, of the seed's paper and {@link #VARIANTS} more drawn
     *               from the seed (each meeting the blueprint as the seed's paper does), the one whose expected
     *               mean is nearest the target, the seed's own on a tie, never one with more questions to avoid.
     *               The same seed, statistics and target still give the same paper.
     */
    public BuildResult build(long seed, Set<String> avoid, DifficultyTarget target) {
        List<String> lacks = whatTheBankLacks();
        if (!lacks.isEmpty()) {
            return new BuildResult(null, lacks, List.of());
        }
        List<BankItem> order = searchOrder(seed, avoid);
        List<Integer> outcomes = level.outcomes().stream().map(LearningOutcome::number).toList();
        List<String> notes = new ArrayList<>();
        int acLimit = blueprint.coverage().maxPerAc();
        try {
            SelectionSearch.Result result = new SelectionSearch(order, blueprint, outcomes, acLimit, STEP_LIMIT).run();
            if (result.chosen() == null) {
                acLimit = Integer.MAX_VALUE;
                result = new SelectionSearch(order, blueprint, outcomes, acLimit, STEP_LIMIT).run();
                if (result.chosen() == null) {
                    return new BuildResult(null, List.of("no selection of the bank's questions meets every rule at once; "
                            + "the search ran out of candidates most often for " + hardest(result.stuckOn())), List.of());
                }
                notes.add(repeatedAcs(result.chosen()));
            }
            List<BankItem> chosen = target == null ? result.chosen()
                    : nearest(result.chosen(), seed, avoid, outcomes, acLimit, target);
            return new BuildResult(assemble(seed, chosen), List.of(), notes);
        } catch (SelectionSearch.GaveUp e) {
            return new BuildResult(null, List.of("the search for a paper gave up after " + STEP_LIMIT
                    + " steps; the bank may meet each rule alone but hardly all at once"), List.of());
        }
    }

    /** Other selections drawn from the seed, under the same rules; the one nearest the target wins. */
    private List<BankItem> nearest(List<BankItem> first, long seed, Set<String> avoid, List<Integer> outcomes,
                                   int acLimit, DifficultyTarget target) {
        List<BankItem> best = first;
        double bestDistance = target.distance(first);
        long avoided = avoided(first, avoid);
        Random draw = new Random(~seed);
        for (int v = 0; v < VARIANTS && bestDistance > 0; v++) {
            List<BankItem> order = searchOrder(draw.nextLong(), avoid);
            try {
                List<BankItem> chosen = new SelectionSearch(order, blueprint, outcomes, acLimit, VARIANT_STEP_LIMIT).run()
                        .chosen();
                if (chosen != null && avoided(chosen, avoid) <= avoided && target.distance(chosen) < bestDistance - 1e-9) {
                    best = chosen;
                    bestDistance = target.distance(chosen);
                }
            } catch (SelectionSearch.GaveUp e) {
                // this order leads nowhere quickly; the others still count
            }
        }
        return best;
    }

    private static long avoided(List<BankItem> chosen, Set<String> avoid) {
        return chosen.stream().flatMap(i -> i.questions().stream()).filter(q -> avoid.contains(q.id())).count();
    }

    /** The bank's items in the seed's order, ids to avoid moved to the end. */
    private List<BankItem> searchOrder(long seed, Set<String> avoid) {
        List<BankItem> order = new ArrayList<>(items);
        Collections.shuffle(order, new Random(seed));
        order.sort(Comparator.comparing(i -> i.questions().stream().anyMatch(q -> avoid.contains(q.id()))));
        return order;
    }

    /** Rules the whole bank cannot meet, however its questions are chosen; each names what is missing. */
    private List<String> whatTheBankLacks() {
        List<String> lacks = new ArrayList<>();
        for (Shortfall s : shortfalls()) {
            lacks.add(switch (s.field()) {
                case "marks" -> "marks: the bank's Level " + level.number() + " questions are worth " + s.have()
                        + " marks in all; a paper needs " + s.need();
                case "scenarios" -> "scenarios: the bank has " + s.have() + " scenario task(s); a paper needs " + s.need();
                case "every_lo" -> "every_lo: " + s.subject() + " (" + outcomeTitle(s.subject()) + ") has " + s.have()
                        + " question(s) in the bank; a paper needs " + s.need();
                default -> "topic_min_marks: topic " + s.subject() + " has " + s.have() + " mark(s) in the bank; a paper needs "
                        + s.need();
            });
        }
        int minutes = blueprint.duration() - blueprint.slackMinutes();
        if (lacks.isEmpty() && !exactTotalPossible(minutes)) {
            lacks.add("marks: no set of the bank's questions and scenario tasks adds up to exactly " + blueprint.marks()
                    + " marks within " + minutes + " minutes");
        }
        return lacks;
    }

    /**
     * What the whole bank of the level lacks for the blueprint: too few marks, scenario tasks, questions on
     * an outcome or marks on a topic. The builder names these before searching; the validator reports them
     * at the blueprint's lines.
     */
    public List<Shortfall> shortfalls() {
        List<Shortfall> lacks = new ArrayList<>();
        int bankMarks = items.stream().mapToInt(BankItem::marks).sum();
        if (bankMarks < blueprint.marks()) {
            lacks.add(new Shortfall("marks", "", bankMarks, blueprint.marks()));
        }
        int scenarioTasks = (int) items.stream().filter(BankItem::isScenario).count();
        if (scenarioTasks < blueprint.scenarios()) {
            lacks.add(new Shortfall("scenarios", "", scenarioTasks, blueprint.scenarios()));
        }
        for (LearningOutcome lo : level.outcomes()) {
            int n = (int) questions.stream().filter(q -> q.lo() == lo.number()).count();
            if (n < blueprint.coverage().everyLo()) {
                lacks.add(new Shortfall("every_lo", "LO" + lo.number(), n, blueprint.coverage().everyLo()));
            }
        }
        for (Map.Entry<String, Integer> t : new TreeMap<>(blueprint.coverage().topicMinMarks()).entrySet()) {
            int n = questions.stream().filter(q -> q.topic().equals(t.getKey())).mapToInt(Question::marks).sum();
            if (n < t.getValue()) {
                lacks.add(new Shortfall("topic_min_marks", t.getKey(), n, t.getValue()));
            }
        }
        return lacks;
    }

    private String outcomeTitle(String lo) {
        return level.outcomes().stream().filter(o -> ("LO" + o.number()).equals(lo)).map(LearningOutcome::title)
                .findFirst().orElse("");
    }

    /** Knapsack over marks: the fewest minutes each total can be made in. */
    private boolean exactTotalPossible(int minutes) {
        int[] fewest = new int[blueprint.marks() + 1];
        java.util.Arrays.fill(fewest, Integer.MAX_VALUE);
        fewest[0] = 0;
        for (BankItem item : items) {
            for (int m = blueprint.marks(); m >= item.marks(); m--) {
                if (fewest[m - item.marks()] != Integer.MAX_VALUE) {
                    fewest[m] = Math.min(fewest[m], fewest[m - item.marks()] + item.minutes());
                }
            }
        }
        return fewest[blueprint.marks()] <= minutes;
    }

    private static String hardest(Map<String, Integer> stuckOn) {
        String rule = stuckOn.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("marks");
        if (rule.startsWith("lo:")) {
            return "learning outcome " + rule.substring(3) + " (every_lo)";
        }
        if (rule.startsWith("topic:")) {
            return "topic " + rule.substring(6) + " (topic_min_marks)";
        }
        return rule.equals("scenarios") ? "the scenario tasks (scenarios)" : "the exact total of marks within the time";
    }

    private String repeatedAcs(List<BankItem> chosen) {
        Map<String, Integer> uses = new TreeMap<>();
        chosen.forEach(i -> i.questions().forEach(q -> uses.merge(q.ac(), 1, Integer::sum)));
        List<String> over = uses.entrySet().stream().filter(e -> e.getValue() > blueprint.coverage().maxPerAc())
                .map(e -> e.getKey() + " (" + e.getValue() + " times)").toList();
        return "max_per_ac: no paper from this bank keeps every AC to " + blueprint.coverage().maxPerAc()
                + " use(s); repeated: " + String.join(", ", over);
    }

    /** Short questions in syllabus order, then scenario tasks, numbered through. */
    private Paper assemble(long seed, List<BankItem> chosen) {
        Comparator<Question> syllabusOrder = Comparator.comparingInt(Question::lo)
                .thenComparing(q -> AcOrder.key(q.ac())).thenComparing(Question::id);
        List<Question> shorts = chosen.stream().filter(i -> !i.isScenario()).map(i -> i.questions().get(0))
                .sorted(syllabusOrder).toList();
        List<BankItem> tasks = chosen.stream().filter(BankItem::isScenario)
                .sorted(Comparator.comparing((BankItem i) -> i.questions().get(0), syllabusOrder)).toList();
        List<PaperQuestion> numbered = new ArrayList<>();
        int n = 0;
        for (Question q : shorts) {
            numbered.add(onPaper(String.valueOf(++n), q));
        }
        List<ScenarioTask> scenarioTasks = new ArrayList<>();
        for (BankItem task : tasks) {
            String number = String.valueOf(++n);
            List<PaperQuestion> parts = new ArrayList<>();
            for (int p = 0; p < task.questions().size(); p++) {
                parts.add(onPaper(number + (char) ('a' + p), task.questions().get(p)));
            }
            scenarioTasks.add(new ScenarioTask(number, task.id(), task.scenario().text(), parts));
        }
        return new Paper("L" + level.number() + "-" + seed, level.number(), level.unitLabel(), seed, fingerprint,
                blueprint.duration(), blueprint.reading(), blueprint.marks(), numbered, scenarioTasks,
                GradingRules.of(blueprint));
    }

    private static PaperQuestion onPaper(String number, Question q) {
        return new PaperQuestion(number, q.id(), q.marks(), q.minutes(), q.lo(), q.ac(), q.topic(), q.stem());
    }
}
