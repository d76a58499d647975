package org.examengine.review;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.examengine.sitting.SafeText;

/**
 * Walking the review queue, without a terminal: which answer is shown, the decisions so far, and what each
 * key or command does to them (its replies safe to show: candidate text through {@link SafeText}). Every
 * decision goes to the {@link DecisionSink} (forced to disk) before the
 * walk counts it or moves on. The position runs from 0 to {@link #size()}, the last being the end page.
 */
public final class ReviewWalk {

    /** What an action did, in words for the examiner; {@code ok} false when it was refused. */
    public record Reply(boolean ok, String message) {
        static Reply done(String message) {
            return new Reply(true, message);
        }

        static Reply refused(String message) {
            return new Reply(false, message);
        }
    }

    private final List<ReviewItem> items;
    private final Map<AnswerKey, Decision> decisions;
    private final Map<AnswerKey, String> pendingComments = new HashMap<>();
    private final DecisionSink sink;
    private final String examiner;
    private final Clock clock;
    private int position;

    /** Starts at the first undecided answer (the end page when there is none). */
    public ReviewWalk(List<ReviewItem> items, Map<AnswerKey, Decision> decided, DecisionSink sink, String examiner,
                      Clock clock) {
        this.items = List.copyOf(items);
        this.decisions = new LinkedHashMap<>(decided);
        this.sink = sink;
        this.examiner = examiner;
        this.clock = clock;
        this.position = nextUndecided(0).orElse(items.size());
    }

    public int size() {
        return items.size();
    }

    /** 0-based; {@link #size()} is the end page. */
    public int position() {
        return position;
    }

    public boolean atEnd() {
        return position >= items.size();
    }

    public ReviewItem current() {
        return atEnd() ? null : items.get(position);
    }

    public List<ReviewItem> items() {
        return items;
    }

    public Optional<Decision> decision(ReviewItem item) {
        return Optional.ofNullable(decisions.get(item.key()));
    }

    /** Every decision so far, by answer. */
    public Map<AnswerKey, Decision> decisions() {
        return Map.copyOf(decisions);
    }

    public int decided() {
        return (int) items.stream().filter(i -> decisions.containsKey(i.key())).count();
    }

    /** How many decisions changed the marker's mark. */
    public int changed() {
        return (int) items.stream().map(i -> decisions.get(i.key())).filter(d -> d != null && !d.accepted()).count();
    }

    /** A comment typed for the current answer and not yet saved (it is saved with its mark). */
    public String pendingComment() {
        ReviewItem item = current();
        return item == null ? "" : pendingComments.getOrDefault(item.key(), "");
    }

    /**
     * Enter: {@code typed} blank accepts what is shown (the marker's mark, or the decision already made, which
     * is kept as it is unless a comment was typed); otherwise a mark from 0 to the question's marks, anything
     * else refused. Saved, then on to the next undecided answer.
     */
    public Reply enter(String typed) {
        ReviewItem item = current();
        if (item == null) {
            return Reply.refused("This is the end of the list: f finishes, or go back to an answer.");
        }
        Decision earlier = decisions.get(item.key());
        String comment = pendingComments.getOrDefault(item.key(), earlier == null ? "" : earlier.comment());
        int mark;
        if (typed == null || typed.isBlank()) {
            if (earlier != null && comment.equals(earlier.comment())) {
                moveOn();
                return Reply.done("Kept " + describe(item, earlier) + ".");
            }
            mark = earlier == null ? item.mark() : earlier.mark();
        } else {
            Integer parsed = Marks.parse(typed, item.max());
            if (parsed == null) {
                return Reply.refused(refusal(typed.strip(), item));
            }
            mark = parsed;
        }
        Decision d = new Decision(item.key(), mark, comment, item.mark(), examiner, clock.instant());
        sink.decided(d);
        decisions.put(item.key(), d);
        pendingComments.remove(item.key());
        moveOn();
        return Reply.done("Saved " + describe(item, d) + ".");
    }

    /** Enter with a comment given on the same line (plain mode's {@code 2 well argued}). */
    public Reply enter(String typed, String comment) {
        ReviewItem item = current();
        if (item != null && comment != null) {
            pendingComments.put(item.key(), comment.strip());
        }
        return enter(typed);
    }

    private static String refusal(String typed, ReviewItem item) {
        String range = "type a whole number from 0 to " + item.max() + ", or Enter alone to accept " + item.mark();
        if (!typed.isEmpty() && typed.chars().allMatch(Character::isDigit)) {
            return typed + " is more than the " + item.max() + " mark(s) of question " + SafeText.visible(item.shownNumber())
                    + ": " + range;
        }
        return "'" + SafeText.visible(typed) + "' is not a mark: " + range;
    }

    private static String describe(ReviewItem item, Decision d) {
        return d.mark() + " of " + item.max() + " for " + SafeText.visible(item.candidate()) + ", question "
                + SafeText.visible(item.shownNumber())
                + (d.accepted() ? " (the marker's mark)" : " (the marker gave " + d.markerMark() + ")")
                + (d.comment().isEmpty() ? "" : ", with a comment");
    }

    /**
     * A comment for the current answer: saved at once with the mark already decided, or kept until its mark is
     * given. A blank comment removes one.
     */
    public Reply comment(String text) {
        ReviewItem item = current();
        if (item == null) {
            return Reply.refused("Go back to an answer to comment on it.");
        }
        String clean = text == null ? "" : text.strip();
        Decision earlier = decisions.get(item.key());
        if (earlier == null) {
            pendingComments.put(item.key(), clean);
            return Reply.done(clean.isEmpty() ? "Comment removed." : "Comment noted; it is saved with the mark (Enter "
                    + "accepts " + item.mark() + ", or type a mark).");
        }
        Decision d = earlier.withComment(clean, examiner, clock.instant());
        sink.decided(d);
        decisions.put(item.key(), d);
        pendingComments.remove(item.key());
        return Reply.done(clean.isEmpty() ? "Comment removed and saved." : "Comment saved with the mark " + d.mark() + ".");
    }

    /** Takes back the decision on the current answer: it is undecided again (saved as such). */
    public Reply clear() {
        ReviewItem item = current();
        if (item == null || !decisions.containsKey(item.key())) {
            return Reply.refused("There is no decision here to take back.");
        }
        sink.cleared(item.key(), examiner);
        decisions.remove(item.key());
        return Reply.done("Decision taken back: the answer is undecided again.");
    }

    /** The next answer, decided or not (skip); from the last, the end page. */
    public void next() {
        position = Math.min(items.size(), position + 1);
    }

    public void back() {
        position = Math.max(0, position - 1);
    }

    /** Answer {@code n} of the list, counting from 1. */
    public Reply go(int n) {
        if (n < 1 || n > items.size()) {
            return Reply.refused("There is no answer " + n + ": the list has " + items.size() + ".");
        }
        position = n - 1;
        return Reply.done("");
    }

    /** The first undecided answer from the start, or the end page. */
    public void firstUndecided() {
        position = nextUndecided(0).orElse(items.size());
    }

    /** After a decision: the next undecided answer after this one, else the first before it, else the end page. */
    private void moveOn() {
        position = nextUndecided(position + 1).or(() -> nextUndecided(0)).orElse(items.size());
    }

    private Optional<Integer> nextUndecided(int from) {
        for (int i = from; i < items.size(); i++) {
            if (!decisions.containsKey(items.get(i).key())) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
