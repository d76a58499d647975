package org.examengine.review;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.examengine.grid.Grid;

/**
 * One review of a marked folder: {@code review.csv} read, the decisions journal opened (locked) and read, and
 * the decisions so far put together. The journal's decisions made since {@code review.csv} was last written by
 * a review win over the file's marks; older ones fill only answers the file leaves undecided (so a mark typed
 * into the file in a spreadsheet afterwards stands). {@link #finish()} writes {@code review.csv} filled in.
 */
public final class ReviewSession implements AutoCloseable {

    public static final String REVIEW_FILE = "review.csv";
    public static final String JOURNAL_FILE = "review-decisions.jsonl";
    public static final String RESULTS_FILE = "results.jsonl";

    private final Path dir;
    private final Function<Path, String> shown;
    private final ReviewFile file;
    private final DecisionJournal journal;
    private final List<String> notes = new ArrayList<>();
    private final Map<AnswerKey, Decision> decided;
    private final ReviewInputs recorded;
    private final String examiner;
    private final Clock clock;
    private ReviewWalk walk;

    private ReviewSession(Path dir, Function<Path, String> shown, ReviewFile file, DecisionJournal journal,
                          String examiner, Clock clock) {
        this.dir = dir;
        this.shown = shown;
        this.file = file;
        this.journal = journal;
        this.examiner = examiner;
        this.clock = clock;
        journal.contents().torn().ifPresent(notes::add);
        notes.addAll(file.notes());
        this.decided = merge();
        this.recorded = journal.contents().entries().stream().filter(e -> e instanceof ReviewEntry.Session)
                .map(e -> ReviewInputs.of((ReviewEntry.Session) e)).reduce((a, b) -> b).orElse(ReviewInputs.none());
    }

    /** Opens the review of {@code dir}; {@code shown} names files in messages. */
    public static ReviewSession open(Path dir, Function<Path, String> shown, String examiner, Clock clock) {
        Path csv = dir.resolve(REVIEW_FILE);
        ReviewFile file = ReviewFile.read(csv, shown.apply(csv));
        Path journalFile = dir.resolve(JOURNAL_FILE);
        DecisionJournal journal = DecisionJournal.open(journalFile, shown.apply(journalFile));
        try {
            return new ReviewSession(dir, shown, file, journal, examiner, clock);
        } catch (RuntimeException e) {
            journal.close();
            throw e;
        }
    }

    private Map<AnswerKey, Decision> merge() {
        Map<AnswerKey, ReviewItem> items = new LinkedHashMap<>();
        file.items().forEach(i -> items.put(i.key(), i));
        Map<AnswerKey, Decision> result = new LinkedHashMap<>();
        for (ReviewItem i : file.items()) {
            if (i.examinerMark() != null) {
                result.put(i.key(), new Decision(i.key(), i.examinerMark(), i.examinerComment(), i.mark(), "", null));
            }
        }
        List<ReviewEntry> entries = journal.contents().entries();
        int lastWritten = -1;
        for (int n = 0; n < entries.size(); n++) {
            lastWritten = entries.get(n) instanceof ReviewEntry.Written ? n : lastWritten;
        }
        Map<AnswerKey, Decision> before = replay(entries.subList(0, lastWritten + 1), new HashMap<>());
        before.forEach((key, d) -> {
            if (items.containsKey(key)) {
                result.putIfAbsent(key, d);
            }
        });
        Map<AnswerKey, Decision> fromFile = new HashMap<>(result);
        replay(entries.subList(lastWritten + 1, entries.size()), result);
        result.keySet().retainAll(items.keySet());
        for (Map.Entry<AnswerKey, Decision> e : fromFile.entrySet()) {
            Decision now = result.get(e.getKey());
            if (e.getValue().at() == null && now != null && now.mark() != e.getValue().mark()) {
                notes.add(shown.apply(dir.resolve(REVIEW_FILE)) + ":" + items.get(e.getKey()).line() + ": gives "
                        + e.getValue().mark() + " for " + e.getKey() + "; the later decision in the journal, " + now.mark()
                        + ", is kept");
            }
        }
        Set<AnswerKey> unknown = entries.stream().filter(e -> e instanceof ReviewEntry.Decided)
                .map(e -> ((ReviewEntry.Decided) e).decision().key()).filter(k -> !items.containsKey(k))
                .collect(Collectors.toSet());
        if (!unknown.isEmpty()) {
            notes.add(unknown.size() + " answer(s) decided in the journal are not in " + REVIEW_FILE + " (" + unknown.stream()
                    .map(AnswerKey::toString).sorted().limit(3).collect(Collectors.joining(", ")) + "...): not used");
        }
        return result;
    }

    private static Map<AnswerKey, Decision> replay(List<ReviewEntry> entries, Map<AnswerKey, Decision> into) {
        for (ReviewEntry e : entries) {
            if (e instanceof ReviewEntry.Decided d) {
                into.put(d.decision().key(), d.decision());
            } else if (e instanceof ReviewEntry.Cleared c) {
                into.remove(c.key());
            }
        }
        return into;
    }

    /** Torn journal lines, unusable marks in review.csv, and conflicts between the two, in words. */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    /** The inputs the last run recorded (none when no run did). */
    public ReviewInputs recorded() {
        return recorded;
    }

    public List<ReviewItem> items() {
        return file.items();
    }

    /** Records who reviews and with what inputs, then starts the walk at the first undecided answer. */
    public ReviewWalk begin(ReviewInputs used) {
        journal.append(new ReviewEntry.Session(clock.instant(), examiner, ReviewInputs.text(used.paper()),
                used.answers().stream().map(ReviewInputs::text).toList(), ReviewInputs.text(used.grids()),
                ReviewInputs.text(used.banks())));
        walk = new ReviewWalk(file.items(), decided, new Sink(), examiner, clock);
        return walk;
    }

    /** The pages of this review, with the grids and question wording known (either may be empty). */
    public ReviewPage pages(Map<String, Grid> grids, Map<String, String> stems, String gridsShown) {
        Set<AnswerKey> wanted = file.items().stream().map(ReviewItem::key).collect(Collectors.toSet());
        Path results = dir.resolve(RESULTS_FILE);
        ResultsEvidence evidence = ResultsEvidence.read(results, shown.apply(results), wanted);
        evidence.note().ifPresent(notes::add);
        return new ReviewPage(grids, stems, evidence, gridsShown);
    }

    /** What {@link #finish()} wrote. */
    public record Finished(Path file, int filled, int undecided) {
    }

    /** Writes review.csv with every decision (the first time keeping the original as review.csv.orig). */
    public Finished finish() {
        Map<AnswerKey, Decision> decisions = walk != null ? walk.decisions() : decided;
        Path csv = dir.resolve(REVIEW_FILE);
        int filled = FilledReview.write(file, csv, decisions);
        journal.append(new ReviewEntry.Written(clock.instant(), filled));
        int undecided = (int) file.items().stream().filter(i -> !decisions.containsKey(i.key())).count();
        return new Finished(csv, filled, undecided);
    }

    @Override
    public void close() {
        journal.close();
    }

    /** Each decision to the journal, forced to disk, before the walk goes on. */
    private final class Sink implements DecisionSink {
        @Override
        public void decided(Decision decision) {
            journal.append(new ReviewEntry.Decided(Objects.requireNonNull(decision.at()), decision));
        }

        @Override
        public void cleared(AnswerKey key, String by) {
            journal.append(new ReviewEntry.Cleared(clock.instant(), key, by));
        }
    }
}
