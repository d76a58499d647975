package org.examengine.sitting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a room's sittings live in its folder: a journal and a lock per candidate and paper
 * ({@code C01.L3-2026.journal.jsonl}, {@code C01.L3-2026.lock}) and the invigilator's {@code control.jsonl}.
 */
public record SittingFiles(Path dir) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");
    private static final String JOURNAL = ".journal.jsonl";

    /** Whether an id can name a file on any system: letters, digits, '-' and '_', up to 40. */
    public static boolean validId(String id) {
        return ID.matcher(id).matches();
    }

    public Path journal(String candidate, String paper) {
        return dir.resolve(candidate + "." + paper + JOURNAL);
    }

    /**
     * The candidate and paper a journal's name says it holds ({@code C01.L3-2026.journal.jsonl}), for naming a
     * journal that cannot be read; "?" for a part the name does not give.
     */
    public static JournalName named(Path journal) {
        String file = journal.getFileName().toString();
        String stem = file.endsWith(JOURNAL) ? file.substring(0, file.length() - JOURNAL.length()) : file;
        int dot = stem.indexOf('.');
        return dot < 0 ? new JournalName(stem, "?") : new JournalName(stem.substring(0, dot), stem.substring(dot + 1));
    }

    /** Who and which paper a journal's file name gives. */
    public record JournalName(String candidate, String paper) {
    }

    public Path lock(String candidate, String paper) {
        return dir.resolve(candidate + "." + paper + ".lock");
    }

    public Path control() {
        return dir.resolve("control.jsonl");
    }

    /** Every journal in the folder, in name order. */
    public List<Path> journals() {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + JOURNAL)) {
            files.forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort(null);
        return out;
    }
}
