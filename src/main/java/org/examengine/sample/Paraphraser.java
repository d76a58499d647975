package org.examengine.sample;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Rewords a grid's phrase the way candidates do (a thesaurus synonym, another form of a word, the words in
 * another order) and misspells words of an answer. A negated phrase keeps its order and forms, since moving
 * its "not" would change what it says.
 */
final class Paraphraser {

    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "without", "nor", "cannot");
    /** Endings of words that are likely adjectives, adverbs or already inflected: "-s" or "-ing" would not fit. */
    private static final List<String> UNINFLECTED = List.of("ed", "ing", "ful", "ous", "ent", "ant", "ive", "al", "ly",
            "ic", "less", "ble", "ate", "ish", "st", "er");

    /** Each phrase's thesaurus rewordings, worked out once. */
    private final Map<String, List<String>> synonymVariants = new HashMap<>();

    Paraphraser(SynonymSwaps swaps, Collection<String> phrases) {
        for (String phrase : phrases) {
            List<String> variants = swaps.variants(phrase);
            if (!variants.isEmpty()) {
                synonymVariants.put(phrase, variants);
            }
        }
    }

    String paraphrase(String phrase, SplittableRandom r) {
        String text = phrase;
        List<String> variants = synonymVariants.get(phrase);
        if (variants != null && Draw.chance(r, Shares.SYNONYM)) {
            text = Draw.oneOf(r, variants);
        }
        String[] words = text.split(" ");
        if (negated(words)) {
            return text;
        }
        if (Draw.chance(r, Shares.INFLECTION)) {
            inflect(words, r);
        }
        if (words.length >= 2 && Draw.chance(r, Shares.WORD_ORDER)) {
            String first = words[0];
            words[0] = words[words.length - 1];
            words[words.length - 1] = first;
        }
        return String.join(" ", words);
    }

    private static boolean negated(String[] words) {
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (NEGATIONS.contains(lower) || lower.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    /** One word of four or more letters takes -s, -ing or -ed, or the American -ize. */
    private static void inflect(String[] words, SplittableRandom r) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            String w = words[i].toLowerCase(Locale.ROOT);
            if (w.length() >= 4 && w.chars().allMatch(Character::isLetter) && UNINFLECTED.stream().noneMatch(w::endsWith)) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return;
        }
        int at = Draw.oneOf(r, candidates);
        String w = words[at];
        char last = Character.toLowerCase(w.charAt(w.length() - 1));
        if (w.endsWith("ise")) {
            words[at] = w.substring(0, w.length() - 3) + "ize";
        } else if (w.endsWith("isation")) {
            words[at] = w.substring(0, w.length() - 7) + "ization";
        } else if (last == 'e') {
            words[at] = switch (r.nextInt(3)) {
                case 0 -> w + "s";
                case 1 -> w.substring(0, w.length() - 1) + "ing";
                default -> w + "d";
            };
        } else if ("sy".indexOf(last) < 0 && "aeiou".indexOf(last) < 0) {
            words[at] = w + (switch (r.nextInt(3)) {
                case 0 -> "s";
                case 1 -> "ing";
                default -> "ed";
            });
        }
    }

    /** The text with one word of five or more letters misspelt: two neighbouring letters swapped, or one dropped. */
    static String misspell(String text, SplittableRandom r) {
        List<int[]> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (i - start >= 5) {
                    words.add(new int[] {start, i});
                }
                start = -1;
            }
        }
        if (words.isEmpty()) {
            return text;
        }
        int[] word = Draw.oneOf(r, words);
        StringBuilder b = new StringBuilder(text);
        if (r.nextBoolean()) {
            int at = Draw.between(r, word[0] + 1, word[1] - 2);
            char c = b.charAt(at);
            b.setCharAt(at, b.charAt(at + 1));
            b.setCharAt(at + 1, c);
        } else {
            b.deleteCharAt(Draw.between(r, word[0] + 1, word[1] - 1));
        }
        return b.toString();
    }
}
