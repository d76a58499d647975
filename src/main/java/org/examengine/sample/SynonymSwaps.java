package org.examengine.sample;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a candidate may write for a grid's word and still earn it, read from a thesaurus in Solr synonym
 * format: in {@code a, b, c} any word stands for any other; in {@code a => a, b} a candidate's {@code a}
 * stands for the grid's {@code b}, not the other way round. Lines it cannot read are skipped: the marker's
 * own reading of the file is the one that reports them.
 */
final class SynonymSwaps {

    /** Grid words (lower case, words separated by one space) to what a candidate may write instead. */
    private final Map<List<String>, List<String>> insteadOf;

    private SynonymSwaps(Map<List<String>, List<String>> insteadOf) {
        this.insteadOf = insteadOf;
    }

    static SynonymSwaps none() {
        return new SynonymSwaps(Map.of());
    }

    static SynonymSwaps parse(String thesaurus) {
        Map<List<String>, List<String>> insteadOf = new LinkedHashMap<>();
        for (String raw : thesaurus.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.contains("\\")) {
                continue;
            }
            int arrow = line.indexOf("=>");
            if (arrow >= 0) {
                List<String> written = entries(line.substring(0, arrow));
                for (String gridWord : entries(line.substring(arrow + 2))) {
                    written.stream().filter(w -> !w.equals(gridWord)).forEach(w -> add(insteadOf, gridWord, w));
                }
            } else {
                List<String> same = entries(line);
                for (String gridWord : same) {
                    same.stream().filter(w -> !w.equals(gridWord)).forEach(w -> add(insteadOf, gridWord, w));
                }
            }
        }
        return new SynonymSwaps(insteadOf);
    }

    private static List<String> entries(String side) {
        return Arrays.stream(side.split(",")).map(e -> String.join(" ", words(e))).filter(e -> !e.isEmpty())
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.strip().toLowerCase(Locale.ROOT).split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    private static void add(Map<List<String>, List<String>> insteadOf, String gridWords, String written) {
        List<String> alternatives = insteadOf.computeIfAbsent(words(gridWords), k -> new ArrayList<>());
        if (!alternatives.contains(written)) {
            alternatives.add(written);
        }
    }

    /** Every rewording of the phrase with one thesaurus entry in it replaced by a synonym; none when it has none. */
    List<String> variants(String phrase) {
        String[] written = phrase.strip().split("\\s+");
        List<String> lower = Arrays.stream(written).map(w -> w.toLowerCase(Locale.ROOT)).toList();
        List<String> variants = new ArrayList<>();
        for (Map.Entry<List<String>, List<String>> e : insteadOf.entrySet()) {
            List<String> key = e.getKey();
            for (int at = 0; at + key.size() <= lower.size(); at++) {
                if (!lower.subList(at, at + key.size()).equals(key)) {
                    continue;
                }
                for (String synonym : e.getValue()) {
                    List<String> words = new ArrayList<>(Arrays.asList(written).subList(0, at));
                    words.add(synonym);
                    words.addAll(Arrays.asList(written).subList(at + key.size(), written.length));
                    variants.add(String.join(" ", words));
                }
            }
        }
        return List.copyOf(variants);
    }
}
