package org.examengine.sitting;

import java.time.Instant;
import java.util.Objects;

/**
 * What an invigilator told the room, as {@code exam invigilate} appends it to the control journal: pause or
 * resume, add minutes, change a candidate's extra time, or end the sitting, for {@code all} candidates or one.
 * {@code seq} is its place in the control journal; a sitting applies each command once, in that order.
 * {@code by} is the invigilator who gave the command; {@code approvedBy}, for a change of extra time (an access
 * arrangement), who approved it, when that is someone else.
 */
public record ControlCommand(long seq, Instant at, Action action, String target, int minutes, int percent,
                             String reason, String by, String approvedBy) {

    public static final String ALL = "all";

    public enum Action {
        PAUSE, RESUME, ADD, EXTRA, END;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public ControlCommand {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(target, "target");
        reason = reason == null ? "" : reason;
        by = by == null ? "" : by;
        approvedBy = approvedBy == null ? "" : approvedBy;
    }

    public ControlCommand(long seq, Instant at, Action action, String target, int minutes, int percent, String reason,
                          String by) {
        this(seq, at, action, target, minutes, percent, reason, by, "");
    }

    /** Who approved an extra-time change: the approver when named, else the invigilator who gave it. */
    public String approver() {
        return approvedBy.isEmpty() ? by : approvedBy;
    }

    public boolean concerns(String candidate) {
        return target.equals(ALL) || target.equals(candidate);
    }

    /** One line for a log: {@code pause all (fire alarm)}. */
    public String describe() {
        String what = switch (action) {
            case ADD -> "add " + minutes + " min to " + target;
            case EXTRA -> "extra time " + percent + "% for " + target;
            default -> action.word() + " " + target;
        };
        String why = approvedBy.isEmpty() ? reason
                : (reason.isEmpty() ? "" : reason + "; ") + "approved by " + approvedBy;
        return why.isEmpty() ? what : what + " (" + why + ")";
    }
}
