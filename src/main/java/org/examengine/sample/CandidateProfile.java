package org.examengine.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * One candidate's make-up: their ability (the share of a question's marks they aim for), and the questions,
 * by index on the paper, that they leave blank or misread whatever their ability.
 */
record CandidateProfile(double ability, Set<Integer> blank, Set<Integer> misread) {

    CandidateProfile {
        blank = Set.copyOf(blank);
        misread = Set.copyOf(misread);
    }

    static CandidateProfile draw(SplittableRandom r, int questions) {
        double ability = Draw.clamp(Shares.ABILITY_MEAN + Shares.ABILITY_SPREAD * Draw.normal(r), Shares.ABILITY_LOW,
                Shares.ABILITY_HIGH);
        List<Integer> order = shuffled(r, questions);
        Set<Integer> blank = Set.of();
        Set<Integer> misread = Set.of();
        if (ability < Shares.WEAK && Draw.chance(r, Shares.GIVES_UP)) {
            int count = (int) Math.ceil(questions * (0.6 + 0.3 * r.nextDouble()));
            blank = Set.copyOf(order.subList(0, Math.min(count, questions)));
        } else if (ability < Shares.WEAK && questions >= 2 && Draw.chance(r, Shares.MISREADER)) {
            misread = Set.copyOf(order.subList(0, Math.min(questions, Draw.between(r, 2, 3))));
        }
        return new CandidateProfile(ability, blank, misread);
    }

    private static List<Integer> shuffled(SplittableRandom r, int n) {
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            Integer swap = order.get(i);
            order.set(i, order.get(j));
            order.set(j, swap);
        }
        return order;
    }
}
