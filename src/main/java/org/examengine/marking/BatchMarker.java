package org.examengine.marking;

import java.nio.file.Path;
import java.util.function.Function;
import org.examengine.grid.Grid;

/**
 * Marks every answer of answers files, long or wide ({@link AnswerFiles}), with the grid of its question,
 * streaming: an answer is read, marked and handed to the listener before the next is read. A row the
 * reader rejects, or whose question has no grid, is rejected and the run goes on.
 */
public final class BatchMarker {

    private final MarkingSources sources;
    private final GridMarker marker;

    public BatchMarker(MarkingSources sources, GridMarker marker) {
        this.sources = sources;
        this.marker = marker;
    }

    /** Counts of one run. */
    public record Summary(long marked, long review, long rejected) {
    }

    public Summary mark(Iterable<Path> answerFiles, Function<Path, String> shownAs, BatchListener listener) {
        long[] counts = new long[3];
        AnswerFiles reader = new AnswerFiles(AnswerFiles.DEFAULT_MAX_ANSWER_CHARS);
        for (Path file : answerFiles) {
            reader.read(file, shownAs.apply(file), new AnswerSink() {
                @Override
                public void answer(AnswerRow row) {
                    Grid grid = sources.grids().get(row.question());
                    if (grid == null) {
                        rejected(row, "no marking grid for question '" + row.question() + "'");
                        return;
                    }
                    QuestionMark mark = marker.mark(grid, sources.stems().get(row.question()), row.answer());
                    counts[0]++;
                    if (mark.confidence() == QuestionMark.Confidence.REVIEW) {
                        counts[1]++;
                    }
                    listener.marked(row, mark);
                }

                @Override
                public void rejected(AnswerRow row, String reason) {
                    counts[2]++;
                    listener.rejected(row, reason);
                }
            });
        }
        return new Summary(counts[0], counts[1], counts[2]);
    }
}
