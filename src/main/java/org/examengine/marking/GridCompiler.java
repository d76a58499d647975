package org.examengine.marking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.examengine.grid.Grid;
import org.examengine.grid.Phrase;
import org.examengine.grid.Point;
import org.examengine.text.EnglishWords;
import org.examengine.text.TextAnalysis;
import org.examengine.text.Word;

/** Turns a grid (and, when known, its question's stem) into a {@link CompiledGrid}. */
public final class GridCompiler {

    private final TextAnalysis analysis;
    private final EnglishWords english;

    /** A compiler for reading phrases only: its grids know no WordNet synonyms. */
    public GridCompiler(TextAnalysis analysis) {
        this(analysis, EnglishWords.of(Set.of()));
    }

    /** @param english where each grid word's WordNet synonyms come from */
    public GridCompiler(TextAnalysis analysis, EnglishWords english) {
        this.analysis = analysis;
        this.english = english;
    }

    /**
     * @param stem the question as printed, or {@code null} when it is not known
     */
    public CompiledGrid compile(Grid grid, String stem) {
        List<CompiledGrid.CompiledPoint> points = new ArrayList<>();
        for (Point p : grid.points()) {
            List<CompiledPhrase> accept = p.accept().stream().map(this::phrase).filter(c -> !c.stems().isEmpty()).toList();
            points.add(new CompiledGrid.CompiledPoint(p.id(), p.marks(), accept));
        }
        List<CompiledPhrase> reject = grid.reject().stream().map(this::phrase).filter(c -> !c.stems().isEmpty()).toList();
        List<CompiledPhrase> misread = grid.misread().stream().map(this::phrase).filter(c -> !c.stems().isEmpty()).toList();
        Set<String> questionStems = stem == null ? Set.of() : Set.copyOf(analysis.contentStems(stem));
        Map<String, String> forms = new HashMap<>();
        for (CompiledGrid.CompiledPoint p : points) {
            for (CompiledPhrase a : p.accept()) {
                for (int i = 0; i < a.stems().size(); i++) {
                    forms.putIfAbsent(a.stems().get(i), a.stems().get(i));
                    forms.putIfAbsent(a.written().get(i), a.stems().get(i));
                }
            }
        }
        return new CompiledGrid(grid, points, reject, misread, questionStems, SpellingIndex.of(forms), related(forms));
    }

    /**
     * For each single-word WordNet synonym of a grid word that is not itself a grid word, its stem -> the
     * grid word's stem. (A word the thesaurus lists already stands for the grid word in the answer.)
     */
    private Map<String, String> related(Map<String, String> forms) {
        Map<String, String> related = new TreeMap<>();
        for (Map.Entry<String, String> form : new TreeMap<>(forms).entrySet()) {
            for (String synonym : english.synonyms(form.getKey())) {
                List<Word> words = analysis.words(synonym);
                if (words.size() == 1 && !words.get(0).negation() && !forms.containsValue(words.get(0).stem())) {
                    related.putIfAbsent(words.get(0).stem(), form.getValue());
                }
            }
        }
        return related;
    }

    /** A phrase is negated when a negation in it comes before one of its words: "no eye contact", not "yes or no". */
    private static boolean governsAWord(List<Word> words) {
        boolean negationSeen = false;
        for (Word w : words) {
            if (w.negation()) {
                negationSeen = true;
            } else if (negationSeen) {
                return true;
            }
        }
        return false;
    }

    CompiledPhrase phrase(Phrase phrase) {
        return phrase(phrase.text());
    }

    /** What the marker makes of one phrase: its distinct content stems and whether it is negated. */
    public CompiledPhrase phrase(String raw) {
        String text = java.text.Normalizer.normalize(raw, java.text.Normalizer.Form.NFC);
        List<Word> words = analysis.words(text);
        Set<String> seen = new LinkedHashSet<>();
        List<String> stems = new ArrayList<>();
        List<String> written = new ArrayList<>();
        for (Word w : words) {
            if (!w.negation() && seen.add(w.stem())) {
                stems.add(w.stem());
                written.add(text.substring(w.start(), w.end()).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return new CompiledPhrase(raw, stems, written, governsAWord(words));
    }
}
