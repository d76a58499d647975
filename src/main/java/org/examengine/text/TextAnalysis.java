package org.examengine.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Turns text into analysed words and segments. Thread-safe: Lucene's analyzer keeps one token stream per
 * thread. Text is normalised to Unicode NFC first, so that composed and decomposed accents compare equal.
 */
public final class TextAnalysis implements AutoCloseable {

    /** Sentence ends, semicolons, commas and line breaks close a segment. */

    /** Phrases, stems and stems of stems: the chain without the thesaurus. */
    private final Analyzer plain;
    /** Answers: the chain with the thesaurus, so an answer's words also stand for their synonyms. */
    private final Analyzer expanded;
    private final CharArraySet stopWords;

    /** Analysis without a thesaurus. */
    public TextAnalysis() {
        this.stopWords = StopWords.forMatching();
        this.plain = new MatchingAnalyzer(stopWords, SpellingVariants.load(), null);
        this.expanded = plain;
    }

    /**
     * Analysis with the thesaurus in {@code thesaurus} (Solr synonym format); a bad rule is an
     * {@link org.examengine.source.ExamException} naming {@code shownAs} and the line.
     */
    public TextAnalysis(String thesaurus, String shownAs) {
        this.stopWords = StopWords.forMatching();
        CharArrayMap<String> variants = SpellingVariants.load();
        this.plain = new MatchingAnalyzer(stopWords, variants, null);
        this.expanded = new MatchingAnalyzer(stopWords, variants, Thesaurus.parse(thesaurus, shownAs, plain));
    }

    /**
     * The analysed words of a grid phrase or a stem, stop words left out, offsets into the NFC form of the
     * text. No synonyms: answers carry those.
     */
    public List<Word> words(String text) {
        return analyse(plain, text);
    }

    /** The analysed words of an answer, with the thesaurus's synonyms at the places of the words they stand for. */
    public List<Word> answerWords(String text) {
        return analyse(expanded, text);
    }

    private List<Word> analyse(Analyzer analyzer, String text) {
        List<Word> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", TokenText.prepare(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                // Synonyms injected by the thesaurus have their own type, so stop words among them are found by spelling.
                if (StopMarkFilter.STOP.equals(type.type()) || SynonymGraphFilter.TYPE_SYNONYM.equals(type.type())
                        && stopWords.contains(term.buffer(), 0, term.length())) {
                    continue;
                }
                String stem = term.toString();
                words.add(new Word(stem, offset.startOffset(), offset.endOffset(), StopWords.isNegation(stem),
                        SynonymGraphFilter.TYPE_SYNONYM.equals(type.type())));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** The stems of the words that carry meaning: neither stop words nor negations. */
    public List<String> contentStems(String text) {
        return words(text).stream().filter(w -> !w.negation()).map(Word::stem).toList();
    }

    /**
     * An answer cut into segments, each with its words (synonyms included): a segment ends at sentence or
     * list punctuation ({@code . ! ? ; ,}) or a line break between two words, but not at a full stop or comma
     * between digits ("9.8", "1,000"). A segment runs from its first word's start to its last word's end.
     */
    public List<Segment> segments(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC);
        List<Word> all = answerWords(normal);
        List<Segment> segments = new ArrayList<>();
        int first = 0;
        for (int i = 1; i <= all.size(); i++) {
            if (i == all.size() || breaksBetween(normal, all.get(i - 1).end(), all.get(i).start())) {
                List<Word> inside = all.subList(first, i);
                int end = inside.stream().mapToInt(Word::end).max().orElseThrow();
                segments.add(new Segment(inside.get(0).start(), end, inside));
                first = i;
            }
        }
        return segments;
    }

    private static boolean breaksBetween(String text, int from, int to) {
        for (int c = from; c < to; c++) {
            char ch = text.charAt(c);
            if (ch == '!' || ch == '?' || ch == ';' || ch == '\n' || ch == '\r'
                    || (ch == '.' || ch == ',') && !(c > 0 && c + 1 < text.length()
                            && Character.isDigit(text.charAt(c - 1)) && Character.isDigit(text.charAt(c + 1)))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        plain.close();
        expanded.close();
    }
}
