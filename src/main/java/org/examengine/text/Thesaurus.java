package org.examengine.text;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.text.ParseException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.examengine.source.ExamException;
import org.examengine.source.SourceLocation;

/**
 * Reads a thesaurus in Solr synonym format ({@code a, b, c} or {@code a => b}) into Lucene's synonym map.
 * Every rule goes through the same analysis as answers, less the synonyms, so both sides are stemmed and
 * folded alike. A bad rule is an {@link ExamException} at its line.
 */
public final class Thesaurus {

    private Thesaurus() {
    }

    public static SynonymMap parse(String text, String shownAs, Analyzer withoutSynonyms) {
        try (Reader reader = new StringReader(TokenText.prepare(text))) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, withoutSynonyms);
            parser.parse(reader);
            return parser.build();
        } catch (ParseException e) {
            // Lucene puts the line in the message ("Invalid synonym rule at line 2"), not in the offset.
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("at line (\\d+)").matcher(String.valueOf(e.getMessage()));
            int line = m.find() ? Integer.parseInt(m.group(1)) : Math.max(1, e.getErrorOffset());
            String reason = e.getCause() != null && e.getCause().getMessage() != null ? ": " + e.getCause().getMessage() : "";
            throw new ExamException(new SourceLocation(shownAs, line, 1), "invalid synonym rule" + reason, e);
        } catch (IOException e) {
            throw new ExamException(SourceLocation.startOf(shownAs), "cannot read the thesaurus: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new ExamException(SourceLocation.startOf(shownAs), "invalid synonym rule: " + e.getMessage(), e);
        }
    }
}
