package org.examengine.sitting;

import java.time.Instant;
import java.util.Locale;

/**
 * What an invigilator asks of the room, checked before it is given: pause, resume, add minutes, change one
 * candidate's extra time, or end, for {@code all} or one candidate, each with a reason (a resume without one is
 * "resumed"). A bad action is refused with a message that says how to put it right.
 */
public record RoomAction(ControlCommand.Action action, String target, int minutes, int percent, String reason,
                         String approvedBy) {

    /** The most minutes one command adds: more than any level's writing time, less than a typing slip. */
    public static final int MAX_MINUTES = 180;

    public RoomAction {
        String verb = action.word();
        target = target == null ? "" : target.strip();
        reason = reason == null ? "" : reason.strip();
        approvedBy = approvedBy == null ? "" : approvedBy.strip();
        if (target.isEmpty()) {
            throw new IllegalArgumentException(verb + " needs a candidate id or 'all'");
        }
        if (target.equalsIgnoreCase(ControlCommand.ALL)) {
            target = ControlCommand.ALL;
        } else if (!SittingFiles.validId(target)) {
            throw new IllegalArgumentException("'" + SafeText.visible(target) + "' is not a candidate id (letters, digits, '-' and '_')");
        }
        if (reason.isEmpty() && action == ControlCommand.Action.RESUME) {
            reason = "resumed";
        }
        if (reason.isEmpty()) {
            throw new IllegalArgumentException(verb + " needs a reason, for the log: e.g. " + example(action));
        }
        if (hasControls(reason) || hasControls(approvedBy)) {
            throw new IllegalArgumentException("a reason or name must be plain text on one line");
        }
        if (action == ControlCommand.Action.ADD && (minutes < 1 || minutes > MAX_MINUTES)) {
            throw new IllegalArgumentException("add takes 1 to " + MAX_MINUTES + " minutes, not " + minutes);
        }
        if (action == ControlCommand.Action.EXTRA) {
            if (target.equals(ControlCommand.ALL)) {
                throw new IllegalArgumentException("extra time is one candidate's access arrangement: name the "
                        + "candidate, e.g. " + example(action));
            }
            if (percent < 0 || percent > Arrangement.MAX_PERCENT) {
                throw new IllegalArgumentException("extra time is 0 to " + Arrangement.MAX_PERCENT + " percent, not "
                        + percent);
            }
            if (approvedBy.isEmpty()) {
                throw new IllegalArgumentException("extra time is an access arrangement: say who approved it, e.g. "
                        + example(action));
            }
        }
    }

    public static RoomAction of(ControlCommand.Action action, String target, String reason) {
        return new RoomAction(action, target, 0, 0, reason, "");
    }

    public static RoomAction add(String target, int minutes, String reason) {
        return new RoomAction(ControlCommand.Action.ADD, target, minutes, 0, reason, "");
    }

    public static RoomAction extra(String target, int percent, String reason, String approvedBy) {
        return new RoomAction(ControlCommand.Action.EXTRA, target, 0, percent, reason, approvedBy);
    }

    public boolean toAll() {
        return target.equals(ControlCommand.ALL);
    }

    public RoomAction forTarget(String candidate) {
        return new RoomAction(action, candidate, minutes, percent, reason, approvedBy);
    }

    /** The command to append, from the invigilator {@code by}; the control journal numbers and times it. */
    public ControlCommand draft(String by) {
        return new ControlCommand(0, Instant.EPOCH, action, target, minutes, percent, reason, by, approvedBy);
    }

    /** How the action is typed on the board, for help and error messages. */
    public static String example(ControlCommand.Action action) {
        return switch (action) {
            case PAUSE -> "'pause all fire alarm' or 'pause C03 feels unwell'";
            case RESUME -> "'resume all' or 'resume C03'";
            case ADD -> "'add all 10 fire alarm' or 'add C03 5 machine restarted'";
            case EXTRA -> "'extra C07 25 dyslexia; approved J. Okafor'";
            case END -> "'end all time is up' or 'end C03 taken ill'";
        };
    }

    private static boolean hasControls(String s) {
        return s.codePoints().anyMatch(SafeText::hidden);
    }

    @Override
    public String toString() {
        return action.name().toLowerCase(Locale.ROOT) + " " + target;
    }
}
