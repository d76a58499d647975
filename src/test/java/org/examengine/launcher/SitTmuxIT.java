package org.examengine.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A candidate sits the Level 1 sample paper through the real program in a real terminal (tmux): begins, answers,
 * the machine dies (SIGKILL), the sitting is started again and carries on with the answers and time left, then is
 * submitted and marked. The paper is the shipped one with its reading time set to 0, so the test need not wait
 * five minutes; nothing else differs.
 */
class SitTmuxIT {

    private static final Path LAUNCHER = Path.of("scripts/exam").toAbsolutePath();
    private static final String SOCKET = "exam-it-" + ProcessHandle.current().pid();

    @TempDir
    Path dir;

    @AfterEach
    void killTmux() throws Exception {
        run("tmux", "-L", SOCKET, "kill-server");
    }

    @Test
    void sitCrashResumeSubmitAndMark() throws Exception {
        assumeTrue(run("tmux", "-V").startsWith("tmux"), "tmux is installed by .ci/run");
        Path paper = quickPaper();
        Path room = dir.resolve("room");
        String sit = LAUNCHER + " sit --paper " + paper + " --candidate C99 --centre Demo --dir " + room;
        run("tmux", "-L", SOCKET, "new-session", "-d", "-s", "sit", "-x", "100", "-y", "30", sit);
        run("tmux", "-L", SOCKET, "set-option", "-t", "sit", "remain-on-exit", "on");

        screenShows(s -> s.contains("Please check these details") && s.contains("C99"));
        keys("Enter");
        screenShows(s -> s.contains("Question 1 of 15"));
        type("advertising, word of mouth and what happened last time");
        screenShows(s -> s.contains("saved") && s.contains("word of mouth"));
        keys("C-n");
        screenShows(s -> s.contains("Question 2 of 15"));
        type("telephone, email, face to face");
        screenShows(s -> s.contains("face to face") && s.stripTrailing().endsWith("saved"));

        long pid = Long.parseLong(run("tmux", "-L", SOCKET, "display", "-p", "-t", "sit", "#{pane_pid}").strip());
        ProcessHandle.of(pid).ifPresent(p -> {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        });
        screenShows(s -> run("tmux", "-L", SOCKET, "display", "-p", "-t", "sit", "#{pane_dead}").strip().equals("1"));

        run("tmux", "-L", SOCKET, "respawn-pane", "-k", "-t", "sit", sit);
        String resumed = screenShows(s -> s.contains("carries on where it stopped"));
        assertThat(resumed).containsPattern("Answers saved +2").containsPattern("Time left +0:5\\d:\\d\\d of writing time");
        keys("Enter");
        screenShows(s -> s.contains("Question 2 of 15") && s.contains("telephone, email, face to face"));
        keys("C-x");
        screenShows(s -> s.contains("You have answered 2 of 15 questions"));
        keys("y");
        screenShows(s -> run("tmux", "-L", SOCKET, "display", "-p", "-t", "sit", "#{pane_dead}").strip().equals("1"));

        Path out = dir.resolve("marked");
        Process mark = new ProcessBuilder(LAUNCHER.toString(), "mark", "--paper", paper.toString(), "--sittings",
                room.toString(), "--out", out.toString()).redirectErrorStream(true).start();
        String said = new String(mark.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(mark.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(mark.exitValue()).as(said).isZero();
        List<String> results = Files.readAllLines(out.resolve("results.csv"));
        assertThat(results).hasSize(2);
        String[] header = results.get(0).split(",");
        String[] c99 = results.get(1).split(",");
        assertThat(c99[0]).isEqualTo("C99");
        assertThat(Integer.parseInt(c99[List.of(header).indexOf("total")])).as(results.get(1)).isPositive();
    }

    private Path quickPaper() throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode paper = (ObjectNode) json.readTree(Path.of("samples/level1-paper.json").toFile());
        paper.put("reading", 0);
        Path file = dir.resolve("L1-2026-quick.json");
        json.writeValue(file.toFile(), paper);
        return file;
    }

    private void keys(String... keys) {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", SOCKET, "send-keys", "-t", "sit"));
        cmd.addAll(List.of(keys));
        run(cmd.toArray(String[]::new));
    }

    private void type(String text) {
        run("tmux", "-L", SOCKET, "send-keys", "-t", "sit", "-l", text);
    }

    /** Waits (up to a minute: the first start may build a class-data archive) for the screen to show something. */
    private String screenShows(Predicate<String> wanted) throws InterruptedException {
        String screen = "";
        for (int i = 0; i < 600; i++) {
            screen = run("tmux", "-L", SOCKET, "capture-pane", "-p", "-t", "sit");
            if (wanted.test(screen)) {
                return screen;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the screen never showed what was expected; it shows:\n" + screen);
    }

    private static String run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(30, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
