package org.examengine.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.examengine.marking.MarkingSources;
import org.examengine.marking.PaperGrids;
import org.examengine.marking.RunFingerprint;
import org.examengine.paper.Paper;

/**
 * Whether a paper and grids are the ones a folder was marked with: the run fingerprint that every row of
 * {@code review.csv} carries ({@code exam V paper:.. grids:.. thesaurus:..}) against the one these inputs give.
 * The marker's version is not compared: a newer exam may re-grade.
 */
public final class MarkedWith {

    private MarkedWith() {
    }

    /** What differs, in words; empty when the inputs are those of the marking, or the file names none. */
    public static Optional<String> differences(List<ReviewItem> items, byte[] paperBytes, Paper paper,
                                               MarkingSources sources) {
        Optional<String> recorded = items.stream().map(ReviewItem::fingerprint).filter(f -> !f.isBlank()).findFirst();
        if (recorded.isEmpty()) {
            return Optional.empty();
        }
        String now = RunFingerprint.of(paperBytes, PaperGrids.onPaper(paper, sources.grids()).values(),
                sources.thesaurus()).render();
        List<String> differ = new ArrayList<>();
        for (String part : List.of("paper", "grids", "thesaurus")) {
            String then = part(recorded.get(), part);
            String here = part(now, part);
            if (!then.equals(here)) {
                differ.add(part + " " + here + " here, " + then + " when marked");
            }
        }
        return differ.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", differ));
    }

    private static String part(String fingerprint, String name) {
        for (String field : fingerprint.strip().split(" ")) {
            if (field.startsWith(name + ":")) {
                return field.substring(name.length() + 1);
            }
        }
        return "?";
    }
}
