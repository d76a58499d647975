package org.examengine.sitting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The exam room as its folder tells it: every candidate's journal and the invigilator's control journal. Read
 * again on each {@link #refresh}, but only the files whose size or modification time changed since, so a board
 * that refreshes every second over a room of many sittings reads little. Not thread safe: one board owns it.
 */
public final class Room {

    private final SittingFiles files;
    private final Map<Path, Read<SittingSnapshot>> journals = new HashMap<>();
    private Read<List<ControlCommand>> control = new Read<>(null, -1, List.of());
    private List<SittingSnapshot> sittings = List.of();

    public Room(SittingFiles files) {
        this.files = files;
    }

    public SittingFiles files() {
        return files;
    }

    /** Reads the journals that changed (and forgets those that went); returns how many files were read. */
    public int refresh() {
        int read = 0;
        Map<Path, Read<SittingSnapshot>> now = new HashMap<>();
        List<SittingSnapshot> all = new ArrayList<>();
        for (Path p : files.journals()) {
            Read<SittingSnapshot> before = journals.get(p);
            Optional<BasicFileAttributes> attrs = attributes(p);
            Read<SittingSnapshot> r;
            if (attrs.isEmpty()) {
                r = new Read<>(null, -1, SittingSnapshot.read(p));
                read++;
            } else if (before != null && before.same(attrs.get())) {
                r = before;
            } else {
                r = new Read<>(attrs.get().lastModifiedTime(), attrs.get().size(), SittingSnapshot.read(p));
                read++;
            }
            now.put(p, r);
            all.add(r.value());
        }
        journals.clear();
        journals.putAll(now);
        sittings = List.copyOf(all);
        Path c = files.control();
        Optional<BasicFileAttributes> attrs = attributes(c);
        if (attrs.isEmpty()) {
            control = new Read<>(null, -1, List.of());
        } else if (!control.same(attrs.get())) {
            control = new Read<>(attrs.get().lastModifiedTime(), attrs.get().size(), new ControlJournal(c).read());
            read++;
        }
        return read;
    }

    /** The sittings as last read, in journal name order (candidate, then paper). */
    public List<SittingSnapshot> sittings() {
        return sittings;
    }

    /** The board's rows as of {@code now}, from what was last read. */
    public List<RoomRow> rows(Instant now, ZoneId zone) {
        return sittings.stream().map(s -> RoomRow.of(s, control.value(), now, zone)).toList();
    }

    /** Every command in the control journal as last read, oldest first. */
    public List<ControlCommand> actions() {
        return control.value();
    }

    private static Optional<BasicFileAttributes> attributes(Path p) {
        try {
            return Files.exists(p) ? Optional.of(Files.readAttributes(p, BasicFileAttributes.class)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A file's contents as read, with the size and time it had then. */
    private record Read<T>(FileTime modified, long size, T value) {
        boolean same(BasicFileAttributes now) {
            return modified != null && size == now.size() && modified.equals(now.lastModifiedTime());
        }
    }
}
