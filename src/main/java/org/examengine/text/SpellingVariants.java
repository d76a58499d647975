package org.examengine.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.CharArrayMap;

/** The American-to-British word list shipped as {@code spelling-variants.txt}. */
public final class SpellingVariants {

    static final String RESOURCE = "spelling-variants.txt";

    private SpellingVariants() {
    }

    /** A fresh, unmodifiable map from each American spelling to its British one. */
    public static CharArrayMap<String> load() {
        CharArrayMap<String> map = new CharArrayMap<>(128, false);
        try (InputStream in = SpellingVariants.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("spelling variants missing from the jar: " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String[] pair = text.split("\\s+");
                if (pair.length != 2) {
                    throw new IllegalStateException(RESOURCE + ":" + number + ": expected 'american british'");
                }
                map.put(pair[0], pair[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return CharArrayMap.unmodifiableMap(map);
    }
}
