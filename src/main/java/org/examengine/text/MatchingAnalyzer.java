package org.examengine.text;

import java.io.Reader;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The chain answers and grid phrases go through before they are compared: typographic apostrophes made
 * straight, Unicode word tokens, lower case, contractions split ("don't" -> "do not"), possessives
 * dropped, American spellings folded to British, stop words marked (kept in place, never stemmed), Porter
 * stems, and, when a thesaurus is given, its synonyms injected as a token graph.
 */
public final class MatchingAnalyzer extends Analyzer {

    private static final NormalizeCharMap APOSTROPHES = apostrophes();

    private final CharArraySet stopWords;
    private final CharArrayMap<String> variants;
    private final SynonymMap synonyms;

    /**
     * @param synonyms the thesaurus, or {@code null} for none (the chain that parses the thesaurus itself)
     */
    public MatchingAnalyzer(CharArraySet stopWords, CharArrayMap<String> variants, SynonymMap synonyms) {
        this.stopWords = stopWords;
        this.variants = variants;
        this.synonyms = synonyms;
    }

    /**
     * A full stop between words with no space after it ("ribosome.Then", "nucleus.it"), which Unicode word
     * rules keep as one word, as in "e.g." and "U.S.": after two letters it ends a word.
     */
    private static final Pattern GLUED_STOP = Pattern.compile("(?<=\\p{L}\\p{L})\\.(?=\\p{L})");

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(APOSTROPHES, new PatternReplaceCharFilter(GLUED_STOP, ". ", reader));
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new LowerCaseFilter(source);
        result = new ContractionFilter(result);
        result = new EnglishPossessiveFilter(result);
        result = new SpellingVariantFilter(result, variants);
        result = new StopMarkFilter(result, stopWords);
        result = new PorterStemFilter(result);
        if (synonyms != null) {
            result = new SynonymGraphFilter(result, synonyms, true);
        }
        return new TokenStreamComponents(source, result);
    }

    /** Curly and modifier apostrophes become straight ones; each is one char, so offsets do not move. */
    private static NormalizeCharMap apostrophes() {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        for (String mark : new String[] {"\u2019", "\u2018", "\u02BC", "\uFF07", "`", "\u00B4"}) {
            builder.add(mark, "'");
        }
        return builder.build();
    }
}
