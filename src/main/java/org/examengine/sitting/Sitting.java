package org.examengine.sitting;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A sitting as its journal tells it: who, which paper, the phase, the clock, the answers and flags. Built by
 * folding the entries through {@link #apply}, live and on resume alike, so a resumed sitting is exactly the one
 * that stopped. Time counts only while the sitting runs in reading or writing time and is not paused; the time
 * between two entries is charged except across a restart whose downtime is not.
 */
public record Sitting(Entry.Opened opened, Phase phase, Timing timing, Duration used, Instant lastAt, String pausedFor,
                      Map<String, String> answers, Set<String> flagged, String current, long lastControl,
                      List<Entry.Arranged> arrangements, Instant submittedAt, String submitCause) {

    public Sitting {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        flagged = Collections.unmodifiableSet(new LinkedHashSet<>(flagged));
        arrangements = List.copyOf(arrangements);
    }

    public static Sitting opened(Entry.Opened o) {
        String first = o.questions().isEmpty() ? "" : o.questions().get(0).id();
        return new Sitting(o, Phase.READING, new Timing(o.readingMinutes(), o.writingMinutes(), 0, 0, 0), Duration.ZERO,
                o.at(), null, Map.of(), Set.of(), first, o.controlFrom(), List.of(), null, null);
    }

    /** The sitting a journal holds. */
    public static Sitting replay(List<Entry> entries) {
        Sitting s = opened((Entry.Opened) entries.get(0));
        for (Entry e : entries.subList(1, entries.size())) {
            s = s.apply(e);
        }
        return s;
    }

    public boolean paused() {
        return pausedFor != null;
    }

    public boolean running() {
        return phase != Phase.SUBMITTED && !paused();
    }

    /** Time used in the current phase as of {@code now}. */
    public Duration usedAt(Instant now) {
        return running() && now.isAfter(lastAt) ? used.plus(Duration.between(lastAt, now)) : used;
    }

    public Duration remainingAt(Instant now) {
        return timing.limit(phase).minus(usedAt(now));
    }

    /** What is left of the base time (what the room without extra time has); negative once it has passed. */
    public Duration baseRemainingAt(Instant now) {
        return timing.base(phase).minus(usedAt(now));
    }

    public Sitting apply(Entry e) {
        Duration u = used;
        boolean charge = !(e instanceof Entry.Restarted r) || r.downtimeCharged();
        if (running() && charge && e.at().isAfter(lastAt)) {
            u = used.plus(Duration.between(lastAt, e.at()));
        }
        Instant at = e.at().isAfter(lastAt) ? e.at() : lastAt;
        Sitting s = new Sitting(opened, phase, timing, u, at, pausedFor, answers, flagged, current, lastControl,
                arrangements, submittedAt, submitCause);
        return s.applied(e);
    }

    private Sitting applied(Entry e) {
        if (e instanceof Entry.Arranged a) {
            List<Entry.Arranged> all = new ArrayList<>(arrangements);
            all.add(a);
            return with(phase, timing.withPercent(a.percent()), used, pausedFor, all);
        }
        if (e instanceof Entry.PhaseChanged p) {
            // time past the end of reading (a charged downtime, a late tick) is writing time already spent
            Duration carried = p.phase() == Phase.WRITING ? maxZero(used.minus(timing.limit(Phase.READING))) : Duration.ZERO;
            Sitting s = with(p.phase(), timing, carried, pausedFor, arrangements);
            return p.phase() == Phase.SUBMITTED ? s.submitted(p) : s;
        }
        if (e instanceof Entry.AnswerSaved a) {
            Map<String, String> all = new LinkedHashMap<>(answers);
            all.put(a.question(), a.text());
            return new Sitting(opened, phase, timing, used, lastAt, pausedFor, all, flagged, current, lastControl,
                    arrangements, submittedAt, submitCause);
        }
        if (e instanceof Entry.Flagged f) {
            Set<String> all = new LinkedHashSet<>(flagged);
            if (f.flagged()) {
                all.add(f.question());
            } else {
                all.remove(f.question());
            }
            return new Sitting(opened, phase, timing, used, lastAt, pausedFor, answers, all, current, lastControl,
                    arrangements, submittedAt, submitCause);
        }
        if (e instanceof Entry.Moved m) {
            return new Sitting(opened, phase, timing, used, lastAt, pausedFor, answers, flagged, m.question(), lastControl,
                    arrangements, submittedAt, submitCause);
        }
        if (e instanceof Entry.Controlled c) {
            return controlled(c);
        }
        return this;
    }

    private Sitting controlled(Entry.Controlled c) {
        ControlCommand cmd = c.command();
        Sitting s = new Sitting(opened, phase, timing, used, lastAt, pausedFor, answers, flagged, current,
                Math.max(lastControl, cmd.seq()), arrangements, submittedAt, submitCause);
        boolean room = cmd.target().equals(ControlCommand.ALL);
        return switch (cmd.action()) {
            case PAUSE -> s.with(phase, timing, used, cmd.reason().isEmpty() ? "paused by the invigilator" : cmd.reason(),
                    arrangements);
            case RESUME -> s.with(phase, timing, used, null, arrangements);
            case ADD -> s.with(phase, room ? timing.plusRoomMinutes(cmd.minutes()) : timing.plusOwnMinutes(cmd.minutes()),
                    used, pausedFor, arrangements);
            case EXTRA -> s.applied(new Entry.Arranged(c.at(), cmd.percent(), cmd.reason(), cmd.approver()));
            case END -> phase == Phase.SUBMITTED ? s
                    : s.applied(new Entry.PhaseChanged(c.at(), Phase.SUBMITTED, "ended by the invigilator"));
        };
    }

    private Sitting submitted(Entry.PhaseChanged p) {
        return new Sitting(opened, Phase.SUBMITTED, timing, used, lastAt, null, answers, flagged, current, lastControl,
                arrangements, p.at(), p.cause());
    }

    private Sitting with(Phase ph, Timing t, Duration u, String paused, List<Entry.Arranged> arr) {
        return new Sitting(opened, ph, t, u, lastAt, paused, answers, flagged, current, lastControl, arr, submittedAt,
                submitCause);
    }

    private static Duration maxZero(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }
}
