package org.examengine.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the shipped banks and grids are. The launcher passes its project folder as the {@code exam.home}
 * system property; default folders are looked up in the working directory first, then there.
 */
final class ExamHome {

    static final String BANKS = "question-banks";
    static final String GRIDS = "marking-grids";
    static final String SAMPLES = "samples";

    private final Path workingDirectory;
    private final Path home;

    ExamHome(Path workingDirectory, Path home) {
        this.workingDirectory = workingDirectory;
        this.home = home;
    }

    static ExamHome fromSystem() {
        Path cwd = Path.of("").toAbsolutePath();
        String property = System.getProperty("exam.home");
        return new ExamHome(cwd, property == null || property.isBlank() ? cwd : Path.of(property).toAbsolutePath());
    }

    /** The default inputs: the working directory's bank and grid folders, or else the shipped ones. */
    List<Path> defaultSources() {
        Path base = Files.isDirectory(workingDirectory.resolve(BANKS)) || Files.isDirectory(workingDirectory.resolve(GRIDS))
                ? workingDirectory : home;
        return shippedSources(base);
    }

    /** The working directory's bank folder, or else the shipped one, if either exists. */
    java.util.Optional<Path> defaultBanks() {
        return firstFolder(BANKS);
    }

    /** The working directory's grids folder, or else the shipped one, if either exists. */
    java.util.Optional<Path> defaultGrids() {
        return firstFolder(GRIDS);
    }

    private java.util.Optional<Path> firstFolder(String name) {
        return java.util.stream.Stream.of(workingDirectory.resolve(name), home.resolve(name)).filter(Files::isDirectory)
                .findFirst();
    }

    /** The shipped banks and grids, whatever the working directory. */
    List<Path> shippedSources() {
        return shippedSources(home);
    }

    private static List<Path> shippedSources(Path base) {
        return List.of(base.resolve(BANKS), base.resolve(GRIDS)).stream().filter(Files::isDirectory).toList();
    }

    /** A file of the shipped sample sets ({@code samples/NAME}), whatever the working directory. */
    Path shippedSample(String name) {
        return home.resolve(SAMPLES).resolve(name);
    }

    /** A path as the user should see it: relative to the working directory when it lies inside it. */
    String shown(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
