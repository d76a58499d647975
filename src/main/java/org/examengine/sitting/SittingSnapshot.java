package org.examengine.sitting;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.examengine.source.ExamException;

/**
 * What one candidate's journal held when the room last read it: the sitting folded from its entries, when its
 * last entry was written (a heartbeat counts: it says the program runs) and when the candidate last did anything
 * (a heartbeat, an invigilator's command or the clock moving the phase on does not). A journal that cannot be read is a snapshot with the problem, never an exception.
 */
public record SittingSnapshot(String file, String candidate, String paper, Optional<Sitting> sitting, Instant lastEntry,
                              Optional<Instant> lastActivity, Optional<String> torn, Optional<String> problem) {

    /** Reads the journal; whatever goes wrong becomes the snapshot's problem. */
    public static SittingSnapshot read(Path journal) {
        String file = journal.getFileName().toString();
        SittingFiles.JournalName named = SittingFiles.named(journal);
        String candidate = named.candidate();
        String paper = named.paper();
        try {
            Journal.Contents contents = Journal.read(journal, file);
            List<Entry> entries = contents.entries();
            if (entries.isEmpty()) {
                String why = contents.torn().isPresent() ? "its first line is torn: the sitting may be starting, or "
                        + "its program stopped as it began" : "the journal is empty";
                return failed(file, candidate, paper, why);
            }
            Sitting s = Sitting.replay(entries);
            Instant last = entries.get(entries.size() - 1).at();
            Optional<Instant> active = Optional.empty();
            for (int i = entries.size() - 1; i >= 0 && active.isEmpty(); i--) {
                if (byCandidate(entries.get(i))) {
                    active = Optional.of(entries.get(i).at());
                }
            }
            return new SittingSnapshot(file, s.opened().candidate(), s.opened().paper(), Optional.of(s), last, active,
                    contents.torn().map(t -> inJournal(file, t)), Optional.empty());
        } catch (ExamException e) {
            return failed(file, candidate, paper, e.location() == null ? e.getMessage()
                    : "journal line " + e.location().line() + ": " + e.getMessage());
        } catch (UncheckedIOException e) {
            return failed(file, candidate, paper, file + ": cannot be read: " + e.getCause().getMessage());
        } catch (RuntimeException e) {
            // a journal whose entries do not fold into a sitting (written by hand, or by another version)
            return failed(file, candidate, paper, file + ": cannot be replayed: " + e.getMessage());
        }
    }

    /**
     * Whether the entry is something the candidate did: began, answered, flagged, moved, restarted the program or
     * submitted. Heartbeats, the invigilator's commands and the clock's own phase changes are not, so a room-wide
     * pause does not make an idle candidate look busy.
     */
    private static boolean byCandidate(Entry e) {
        if (e instanceof Entry.PhaseChanged p) {
            return p.phase() == Phase.SUBMITTED && p.cause().equals("submitted by the candidate");
        }
        return !(e instanceof Entry.Heartbeat || e instanceof Entry.Controlled || e instanceof Entry.Arranged);
    }

    /** {@code C01.P.journal.jsonl:5: the last line...} as {@code journal line 5: the last line...}: the row names the file. */
    private static String inJournal(String file, String message) {
        return message.startsWith(file + ":") ? "journal line " + message.substring(file.length() + 1) : message;
    }

    private static SittingSnapshot failed(String file, String candidate, String paper, String problem) {
        return new SittingSnapshot(file, candidate, paper, Optional.empty(), Instant.EPOCH, Optional.empty(),
                Optional.empty(), Optional.of(problem));
    }
}
