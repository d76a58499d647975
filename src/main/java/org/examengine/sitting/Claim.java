package org.examengine.sitting;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.examengine.paper.Paper;
import org.examengine.source.ExamException;

/**
 * A candidate's sitting of a paper, claimed: the lock is held, and the journal, when there is one, has been
 * read and checked against the paper. From here the sitting is begun, resumed, or (once submitted) only read.
 */
public final class Claim implements AutoCloseable {

    private final SittingFiles files;
    private final Paper paper;
    private final String candidate;
    private final SittingLock lock;
    private final Optional<Journal.Contents> existing;
    private final String shownJournal;

    private Claim(SittingFiles files, Paper paper, String candidate, SittingLock lock, Optional<Journal.Contents> existing,
                  String shownJournal) {
        this.files = files;
        this.paper = paper;
        this.candidate = candidate;
        this.lock = lock;
        this.existing = existing;
        this.shownJournal = shownJournal;
    }

    /**
     * Locks the sitting and reads its journal. Refuses (with a message naming who, or what differs) when another
     * program holds the sitting, or when the journal was written for another version of the paper.
     */
    public static Claim of(SittingFiles files, Paper paper, String candidate, Clock clock) {
        if (!SittingFiles.validId(candidate)) {
            throw new ExamException("candidate '" + candidate + "' cannot name a file: use letters, digits, '-' and '_' "
                    + "(up to 40)");
        }
        SittingLock.Result r = SittingLock.acquire(files.lock(candidate, paper.id()), clock.instant());
        if (r.lock().isEmpty()) {
            throw new ExamException(candidate + " is already sitting " + paper.id() + " in another window ("
                    + (r.holder().isEmpty() ? "holder unknown" : r.holder()) + "); one sitting has one writer: "
                    + "use that window, or end that program first");
        }
        Path journal = files.journal(candidate, paper.id());
        String shown = journal.toString();
        try {
            Optional<Journal.Contents> contents = Files.exists(journal) && sizeOf(journal) > 0
                    ? Optional.of(Journal.read(journal, shown)) : Optional.empty();
            if (contents.isPresent()) {
                if (contents.get().entries().isEmpty()) {
                    contents = Optional.empty();
                } else {
                    Entry.Opened o = (Entry.Opened) contents.get().entries().get(0);
                    List<String> diff = PaperIdentity.differences(o, paper);
                    if (!diff.isEmpty()) {
                        throw new ExamException(shown + ": this sitting was begun on another version of paper "
                                + o.paper() + " (" + String.join("; ", diff) + "); resume it with the paper it was "
                                + "begun on");
                    }
                }
            }
            return new Claim(files, paper, candidate, r.lock().get(), contents, shown);
        } catch (RuntimeException e) {
            r.lock().get().close();
            throw e;
        }
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The journal as it stands, when the sitting has begun before. */
    public Optional<Sitting> existing() {
        return existing.map(c -> Sitting.replay(c.entries()));
    }

    /** What was skipped at the end of the journal (a torn last line), if anything. */
    public Optional<String> tornTail() {
        return existing.flatMap(Journal.Contents::torn);
    }

    public String candidate() {
        return candidate;
    }

    public Paper paper() {
        return paper;
    }

    public String journalShownAs() {
        return shownJournal;
    }

    /** Begins a new sitting: the journal is created with who, which paper, the times and any arrangement. */
    public SittingSession begin(String centre, Optional<Arrangement> arrangement, Clock clock) {
        if (existing.isPresent()) {
            throw new IllegalStateException("the sitting has begun already; resume it");
        }
        Journal journal = Journal.create(files.journal(candidate, paper.id()));
        ControlJournal control = new ControlJournal(files.control());
        Entry.Opened opened = new Entry.Opened(clock.instant(), candidate, centre, paper.id(),
                PaperIdentity.fingerprint(paper), PaperIdentity.digests(paper), paper.reading(), paper.duration(),
                control.lastSeq());
        journal.append(opened);
        Sitting s = Sitting.opened(opened);
        if (arrangement.isPresent() && arrangement.get().percent() > 0) {
            Arrangement a = arrangement.get();
            Entry.Arranged e = new Entry.Arranged(clock.instant(), a.percent(), a.reason(), a.approvedBy());
            journal.append(e);
            s = s.apply(e);
        }
        return new SittingSession(s, journal, control, clock, paper);
    }

    /**
     * Resumes the sitting: the downtime since its last entry is charged only when asked; a changed arrangement
     * is recorded. Not for a submitted sitting.
     */
    public SittingSession resume(boolean chargeDowntime, Optional<Arrangement> arrangement, Clock clock) {
        Journal.Contents c = existing.orElseThrow(() -> new IllegalStateException("nothing to resume"));
        Sitting s = Sitting.replay(c.entries());
        if (s.phase() == Phase.SUBMITTED) {
            throw new ExamException(candidate + "'s sitting of " + paper.id() + " was submitted at " + s.submittedAt()
                    + " (" + s.submitCause() + "); it cannot be reopened");
        }
        Journal journal = Journal.reopen(files.journal(candidate, paper.id()), c);
        Entry.Restarted restart = new Entry.Restarted(clock.instant(), chargeDowntime,
                chargeDowntime ? "time while stopped charged" : "time while stopped not charged");
        journal.append(restart);
        s = s.apply(restart);
        if (arrangement.isPresent() && arrangement.get().percent() != s.timing().percent()) {
            Arrangement a = arrangement.get();
            Entry.Arranged e = new Entry.Arranged(clock.instant(), a.percent(), a.reason(), a.approvedBy());
            journal.append(e);
            s = s.apply(e);
        }
        return new SittingSession(s, journal, new ControlJournal(files.control()), clock, paper);
    }

    @Override
    public void close() {
        lock.close();
    }
}
