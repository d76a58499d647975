package org.examengine.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The chain answers and grid phrases go through before they are compared, after {@link TokenText}: Unicode
 * word tokens, lower case, contractions split ("don't" -> "do not"), possessives
 * dropped, American spellings folded to British, stop words marked (kept in place, never stemmed), Porter
 * stems, and, when a thesaurus is given, its synonyms injected as a token graph.
 */
public final class MatchingAnalyzer extends Analyzer {

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
}
