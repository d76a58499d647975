package org.examengine.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.examengine.report.CsvCells;
import org.examengine.report.OutputFile;

/**
 * Writes {@code review.csv} back with the examiners' decisions in {@code examiner_mark} and
 * {@code examiner_comment}, every other cell as it was read (any cell a spreadsheet would run as a formula made
 * safe, see {@link CsvCells}): under a temporary name, renamed into place, so a
 * crash leaves the old file whole. The first time, the file as it was is kept as {@code review.csv.orig}.
 * An answer with no decision keeps whatever its row held.
 */
final class FilledReview {

    private FilledReview() {
    }

    /** @return how many rows now hold an examiner's mark from a decision */
    static int write(ReviewFile read, Path file, Map<AnswerKey, Decision> decisions) {
        List<String> header = new ArrayList<>(read.header());
        if (!header.contains(ReviewFile.COMMENT)) {
            header.add(header.indexOf(ReviewFile.MARK) + 1, ReviewFile.COMMENT);
        }
        int markAt = header.indexOf(ReviewFile.MARK);
        int commentAt = header.indexOf(ReviewFile.COMMENT);
        boolean commentAdded = !read.header().contains(ReviewFile.COMMENT);
        keepOriginal(file);
        int filled = 0;
        try (OutputFile out = new OutputFile(file)) {
            CSVPrinter csv = new CSVPrinter(out.writer(), CSVFormat.RFC4180);
            csv.printRecord(header);
            for (int i = 0; i < read.items().size(); i++) {
                List<String> row = new ArrayList<>(read.cells(i));
                if (commentAdded) {
                    row.add(commentAt, "");
                }
                Decision d = decisions.get(read.items().get(i).key());
                if (d != null) {
                    row.set(markAt, Integer.toString(d.mark()));
                    row.set(commentAt, d.comment());
                    filled++;
                }
                csv.printRecord(row.stream().map(CsvCells::neutralise).toList());
            }
            csv.flush();
            out.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return filled;
    }

    private static void keepOriginal(Path file) {
        Path orig = file.resolveSibling(file.getFileName() + ".orig");
        if (Files.exists(orig)) {
            return;
        }
        try {
            Path part = Files.createTempFile(file.toAbsolutePath().getParent(), "." + orig.getFileName(), ".part");
            try {
                Files.copy(file, part, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                Files.move(part, orig, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(part);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
