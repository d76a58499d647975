package org.examengine.text;

import java.text.Normalizer;

/**
 * Text made ready for the tokenizer by rewrites that keep every character where it was, so offsets into
 * the result are offsets into what the candidate wrote: NFC normalisation, typographic apostrophes made
 * straight ("don’t" reads as "don't"), and a full stop glued between words ("ribosome.Then",
 * "nucleus.it", which Unicode word rules keep as one word, as in "e.g." and "U.S.") made a space when two
 * letters come before it. A plain loop: Lucene's pattern char filter cost more than the rest of the
 * analysis put together.
 */
final class TokenText {

    private TokenText() {
    }

    static String prepare(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC);
        char[] chars = null;
        for (int i = 0; i < normal.length(); i++) {
            char c = normal.charAt(i);
            char replacement = isApostrophe(c) ? '\''
                    : c == '.' && i >= 2 && i + 1 < normal.length() && Character.isLetter(normal.charAt(i - 1))
                            && Character.isLetter(normal.charAt(i - 2)) && Character.isLetter(normal.charAt(i + 1)) ? ' ' : c;
            if (replacement != c) {
                if (chars == null) {
                    chars = normal.toCharArray();
                }
                chars[i] = replacement;
            }
        }
        return chars == null ? normal : new String(chars);
    }

    private static boolean isApostrophe(char c) {
        return c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\uFF07' || c == '`' || c == '\u00B4';
    }
}
