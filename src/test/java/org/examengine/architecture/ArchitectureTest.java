package org.examengine.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The package rules of the design brief, read from the sources. */
class ArchitectureTest {

    /** Top to bottom: a package may import only packages after it in this list. */
    static final List<String> LAYERS = List.of("cli", "review", "sample", "validate", "report", "grading", "marking", "text", "sitting",
            "paper", "bank", "grid", "syllabus", "source");

    private static final Path SOURCES = Path.of("src/main/java/org/examengine");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.examengine\\.(\\w+)\\.", Pattern.MULTILINE);

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    @Test
    void everyPackageIsALayer() throws IOException {
        for (Path file : sources()) {
            assertThat(LAYERS).as(file.toString()).contains(SOURCES.relativize(file).getName(0).toString());
        }
    }

    @Test
    void importsPointDownOnly() throws IOException {
        List<String> upward = new ArrayList<>();
        for (Path file : sources()) {
            String layer = SOURCES.relativize(file).getName(0).toString();
            Matcher m = IMPORT.matcher(Files.readString(file));
            while (m.find()) {
                String target = m.group(1);
                if (!target.equals(layer) && LAYERS.indexOf(target) < LAYERS.indexOf(layer)) {
                    upward.add(file + " imports " + target);
                }
            }
        }
        assertThat(upward).isEmpty();
    }

    @Test
    void onlyTheCommandLinePrintsOrExits() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : sources()) {
            if (SOURCES.relativize(file).getName(0).toString().equals("cli")) {
                continue;
            }
            String text = Files.readString(file);
            for (String call : List.of("System.out", "System.err", "System.exit", "printStackTrace")) {
                if (text.contains(call)) {
                    offenders.add(file + " uses " + call);
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void noClassIsOverThreeHundredLines() throws IOException {
        for (Path file : sources()) {
            assertThat(Files.readAllLines(file)).as(file.toString()).hasSizeLessThanOrEqualTo(300);
        }
    }
}
