package org.examengine.sitting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * For the kill tests: a child JVM on the test class path that prints {@code confirmed <n>} after each save it
 * has forced to disk, killed with SIGKILL (no shutdown hooks) once it has confirmed enough.
 */
public final class KilledChild {

    private KilledChild() {
    }

    /** Runs {@code main} with {@code folder}, kills it after {@code killAfter} confirmations; returns how many it made. */
    public static int runAndKill(Class<?> main, Path folder, int killAfter) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), main.getName(),
                folder.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int confirmed = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                confirmed = Integer.parseInt(line.substring("confirmed ".length()));
                if (confirmed >= killAfter) {
                    child.toHandle().destroyForcibly(); // SIGKILL; unlike Process.destroyForcibly it leaves the pipe open
                    break;
                }
            }
            child.waitFor(30, TimeUnit.SECONDS);
            // confirmations already in the pipe when the kill landed count too
            while ((line = out.readLine()) != null) {
                confirmed = Integer.parseInt(line.substring("confirmed ".length()));
            }
        }
        assertThat(confirmed).as("the child confirmed saves before it was killed").isPositive();
        return confirmed;
    }
}
