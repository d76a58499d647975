package org.examengine.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Finds the YAML and JSON files that banks, grids and blueprints are written in. */
public final class FormatFiles {

    private FormatFiles() {
    }

    /** Every YAML or JSON file under the paths (a file given by name is taken as it is), each once, sorted. */
    public static List<Path> under(List<Path> roots) {
        TreeSet<Path> found = new TreeSet<>();
        for (Path root : roots) {
            if (Files.isRegularFile(root)) {
                found.add(root.normalize());
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).filter(FormatFiles::isFormatFile).map(Path::normalize).forEach(found::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(found);
    }

    /** A file named {@code blueprint}, whatever its extension, is a level's blueprint. */
    public static boolean isBlueprint(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot < 0 ? name : name.substring(0, dot)).toLowerCase(Locale.ROOT).equals("blueprint");
    }

    private static boolean isFormatFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }
}
