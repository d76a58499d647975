package org.examengine.marking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.examengine.text.EditDistance;

/**
 * Finds the grid word an answer word is a misspelling of: within one edit (a letter added, dropped,
 * changed, or two swapped) of a grid word of 5 letters or more, two edits of one of 8 or more. Only grid
 * words sharing the answer word's first or second letter are tried: a misspelling that changes both is
 * rare, and the check stays a handful of comparisons per word. Immutable.
 */
final class SpellingIndex {

    static final int MIN_LENGTH = 5;
    static final int TWO_EDITS_LENGTH = 8;

    private final Set<String> stems;
    private final Map<Character, List<Form>> byFirst;
    private final Map<Character, List<Form>> bySecond;

    private SpellingIndex(Set<String> stems, List<Form> forms) {
        this.stems = stems;
        this.byFirst = index(forms, 0);
        this.bySecond = index(forms, 1);
    }

    private static Map<Character, List<Form>> index(List<Form> forms, int letter) {
        Map<Character, List<Form>> index = new HashMap<>();
        for (Form f : forms) {
            index.computeIfAbsent(f.word().charAt(letter), c -> new ArrayList<>()).add(f);
        }
        index.replaceAll((c, list) -> List.copyOf(list));
        return Map.copyOf(index);
    }

    /**
     * @param forms each grid word as written and as stemmed, to the stem it stands for: "sincerly" is near
     *              the written "sincerely" though its stem "sincerli" is two edits from "sincer"
     */
    static SpellingIndex of(Map<String, String> forms) {
        List<Form> usable = new ArrayList<>();
        for (Map.Entry<String, String> form : new TreeMap<>(forms).entrySet()) {
            String word = form.getKey();
            if (word.length() >= MIN_LENGTH && word.chars().allMatch(Character::isLetter)) {
                usable.add(new Form(word, form.getValue(), word.length() >= TWO_EDITS_LENGTH ? 2 : 1));
            }
        }
        return new SpellingIndex(Set.copyOf(forms.values()), List.copyOf(usable));
    }

    /** Whether this stem is one of the grid's own, so never a misspelling. */
    boolean knows(String stem) {
        return stems.contains(stem);
    }

    /**
     * The stem of the grid word this answer word is a misspelling of, or null: its stem is tried first,
     * then the word as written; the nearest in length wins when several are in reach.
     */
    String correct(String answerStem, Supplier<String> written) {
        if (stems.contains(answerStem) || !byFirst.containsKey(answerStem.charAt(0))
                && (answerStem.length() < 2 || !bySecond.containsKey(answerStem.charAt(1)))) {
            return null;
        }
        String byStem = nearest(answerStem);
        return byStem != null ? byStem : nearest(written.get());
    }

    private String nearest(String word) {
        if (word.length() < MIN_LENGTH - 1) {
            return null;
        }
        Form best = nearest(word, byFirst.getOrDefault(word.charAt(0), List.of()), null);
        best = nearest(word, bySecond.getOrDefault(word.charAt(1), List.of()), best);
        return best == null ? null : best.stem();
    }

    private static Form nearest(String word, List<Form> forms, Form best) {
        for (Form f : forms) {
            if (EditDistance.within(word, f.word(), f.edits()) && (best == null
                    || Math.abs(f.word().length() - word.length()) < Math.abs(best.word().length() - word.length()))) {
                best = f;
            }
        }
        return best;
    }

    private record Form(String word, String stem, int edits) {
    }
}
