package org.examengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExamHomeTest {

    @TempDir
    Path cwd;

    @TempDir
    Path home;

    @Test
    void defaultsComeFromTheWorkingDirectoryWhenItHasBanks() throws Exception {
        Files.createDirectories(cwd.resolve("question-banks"));
        Files.createDirectories(home.resolve("question-banks"));
        Files.createDirectories(home.resolve("marking-grids"));
        assertThat(new ExamHome(cwd, home).defaultSources()).containsExactly(cwd.resolve("question-banks"));
    }

    @Test
    void otherwiseFromTheProjectTheLauncherNames() throws Exception {
        Files.createDirectories(home.resolve("question-banks"));
        Files.createDirectories(home.resolve("marking-grids"));
        assertThat(new ExamHome(cwd, home).defaultSources())
                .containsExactly(home.resolve("question-banks"), home.resolve("marking-grids"));
    }

    @Test
    void pathsInsideTheWorkingDirectoryAreShownRelative() {
        ExamHome paths = new ExamHome(cwd, home);
        assertThat(paths.shown(cwd.resolve("question-banks/level1/a.yaml"))).isEqualTo("question-banks/level1/a.yaml");
        assertThat(paths.shown(home.resolve("b.yaml"))).isEqualTo(home.resolve("b.yaml").toString());
    }
}
