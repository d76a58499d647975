package org.examengine.paper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.examengine.bank.Question;

/**
 * Depth-first search for a set of bank items that meets a blueprint, one run per paper. At each step it
 * takes the first rule not yet met (scenario tasks, then each learning outcome, then each topic's marks,
 * then the total), tries in turn each unchosen item that helps that rule (from an index built once) and
 * still fits (marks, minutes, scenario count, uses per AC), and backtracks when none does. Bounds prune
 * early: the marks still missing must cover the scenario tasks, outcomes and topic marks still owed, and
 * take no fewer minutes than the quickest questions per mark would. Items are tried in the
 * order given, which the builder draws from the seed, so the first paper found is the seed's paper.
 * Filling the last marks takes items in increasing position only, so no set is tried twice.
 * Not thread-safe: one search per run.
 */
final class SelectionSearch {

    /** Thrown when the search has taken more steps than allowed. */
    static final class GaveUp extends RuntimeException {
        GaveUp() {
            super(null, null, false, false);
        }
    }

    /** The result: the items chosen (null if none), and for a failure, each rule the search got stuck on. */
    record Result(List<BankItem> chosen, long steps, Map<String, Integer> stuckOn) {
    }

    private final List<BankItem> items;
    private final Blueprint blueprint;
    private final List<Integer> outcomes;
    private final int acLimit;
    private final long stepLimit;
    private final int minutesBudget;
    private final int smallestScenario;
    /** The fewest minutes any item asks per mark: the marks still missing need at least this many each. */
    private final double fewestMinutesPerMark;
    /** For each rule, the items that help it, in search order; "" for all of them. */
    private final Map<String, int[]> helpers = new HashMap<>();

    private final boolean[] chosen;
    private final List<Integer> picked = new ArrayList<>();
    private final Map<Integer, Integer> perOutcome = new HashMap<>();
    private final Map<String, Integer> perAc = new HashMap<>();
    private final Map<String, Integer> perTopic = new HashMap<>();
    private final Map<String, Integer> stuckOn = new TreeMap<>();
    private int marks;
    private int minutes;
    private int scenarios;
    private long steps;

    SelectionSearch(List<BankItem> items, Blueprint blueprint, List<Integer> outcomes, int acLimit, long stepLimit) {
        this.items = List.copyOf(items);
        this.blueprint = blueprint;
        this.outcomes = List.copyOf(outcomes);
        this.acLimit = acLimit;
        this.stepLimit = stepLimit;
        this.minutesBudget = blueprint.duration() - blueprint.slackMinutes();
        this.smallestScenario = items.stream().filter(BankItem::isScenario).mapToInt(BankItem::marks).min().orElse(0);
        this.fewestMinutesPerMark = items.stream().filter(i -> i.marks() > 0)
                .mapToDouble(i -> (double) i.minutes() / i.marks()).min().orElse(0);
        this.chosen = new boolean[items.size()];
        Map<String, List<Integer>> byRule = new HashMap<>();
        for (int i = 0; i < this.items.size(); i++) {
            BankItem item = this.items.get(i);
            byRule.computeIfAbsent("", k -> new ArrayList<>()).add(i);
            if (item.isScenario()) {
                byRule.computeIfAbsent("scenarios", k -> new ArrayList<>()).add(i);
            }
            java.util.Set<String> rules = new java.util.LinkedHashSet<>();
            for (Question q : item.questions()) {
                rules.add("lo:" + q.lo());
                rules.add("topic:" + q.topic());
            }
            for (String rule : rules) {
                byRule.computeIfAbsent(rule, k -> new ArrayList<>()).add(i);
            }
        }
        byRule.forEach((rule, list) -> helpers.put(rule, list.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** @throws GaveUp when the step limit is reached before the search ends either way */
    Result run() {
        if (search(0)) {
            return new Result(picked.stream().map(items::get).toList(), steps, Map.of());
        }
        return new Result(null, steps, stuckOn);
    }

    private boolean search(int fillFrom) {
        if (++steps > stepLimit) {
            throw new GaveUp();
        }
        String need = firstNeed();
        int remaining = blueprint.marks() - marks;
        if (need == null && remaining == 0) {
            return true;
        }
        if (!boundsHold(remaining)) {
            return false;
        }
        for (int i : helpers.getOrDefault(need == null ? "" : need, new int[0])) {
            BankItem item = items.get(i);
            if (need == null && i < fillFrom) {
                continue;
            }
            if (!chosen[i] && fits(item)) {
                add(i);
                if (search(need == null ? i + 1 : fillFrom)) {
                    return true;
                }
                remove(i);
            }
        }
        stuckOn.merge(need == null ? "marks" : need, 1, Integer::sum);
        return false;
    }

    /** The first rule not met yet, as "scenarios", "lo:N" or "topic:CODE"; null when only the total is left. */
    private String firstNeed() {
        if (scenarios < blueprint.scenarios()) {
            return "scenarios";
        }
        for (int lo : outcomes) {
            if (perOutcome.getOrDefault(lo, 0) < blueprint.coverage().everyLo()) {
                return "lo:" + lo;
            }
        }
        for (Map.Entry<String, Integer> t : new TreeMap<>(blueprint.coverage().topicMinMarks()).entrySet()) {
            if (perTopic.getOrDefault(t.getKey(), 0) < t.getValue()) {
                return "topic:" + t.getKey();
            }
        }
        return null;
    }

    /** Whether the marks still missing can pay for everything still owed: every question is worth a mark at least. */
    private boolean boundsHold(int remaining) {
        int owedScenarios = blueprint.scenarios() - scenarios;
        if (owedScenarios * smallestScenario > remaining) {
            return false;
        }
        int owedQuestions = 0;
        for (int lo : outcomes) {
            owedQuestions += Math.max(0, blueprint.coverage().everyLo() - perOutcome.getOrDefault(lo, 0));
        }
        int owedTopicMarks = 0;
        for (Map.Entry<String, Integer> t : blueprint.coverage().topicMinMarks().entrySet()) {
            owedTopicMarks += Math.max(0, t.getValue() - perTopic.getOrDefault(t.getKey(), 0));
        }
        return owedQuestions <= remaining && owedTopicMarks <= remaining
                && minutes + remaining * fewestMinutesPerMark <= minutesBudget + 1e-9;
    }

    private boolean fits(BankItem item) {
        if (marks + item.marks() > blueprint.marks() || minutes + item.minutes() > minutesBudget
                || item.isScenario() && scenarios >= blueprint.scenarios()) {
            return false;
        }
        if (item.questions().size() == 1) {
            return perAc.getOrDefault(item.questions().get(0).ac(), 0) < acLimit;
        }
        Map<String, Integer> more = new HashMap<>();
        for (Question q : item.questions()) {
            if (perAc.getOrDefault(q.ac(), 0) + more.merge(q.ac(), 1, Integer::sum) > acLimit) {
                return false;
            }
        }
        return true;
    }

    private void add(int i) {
        BankItem item = items.get(i);
        chosen[i] = true;
        picked.add(i);
        marks += item.marks();
        minutes += item.minutes();
        scenarios += item.isScenario() ? 1 : 0;
        for (Question q : item.questions()) {
            perOutcome.merge(q.lo(), 1, Integer::sum);
            perAc.merge(q.ac(), 1, Integer::sum);
            perTopic.merge(q.topic(), q.marks(), Integer::sum);
        }
    }

    private void remove(int i) {
        BankItem item = items.get(i);
        chosen[i] = false;
        picked.remove(picked.size() - 1);
        marks -= item.marks();
        minutes -= item.minutes();
        scenarios -= item.isScenario() ? 1 : 0;
        for (Question q : item.questions()) {
            perOutcome.merge(q.lo(), -1, Integer::sum);
            perAc.merge(q.ac(), -1, Integer::sum);
            perTopic.merge(q.topic(), -q.marks(), Integer::sum);
        }
    }
}
