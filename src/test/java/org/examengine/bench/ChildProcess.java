package org.examengine.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command as a child process, output to a log file, measuring its wall time and its peak resident
 * memory: {@code VmHWM} of {@code /proc/<pid>/status}, read every 20 ms, the last value read kept. The
 * launcher {@code exec}s java, so the pid is the JVM's and the high-water mark restarts at the exec.
 */
final class ChildProcess {

    private static final long POLL_MILLIS = 20;

    /** How a run ended: exit code, seconds from start to exit, peak RSS in kB (0 when never read). */
    record Run(int exitCode, double seconds, long peakKb) {
    }

    private ChildProcess() {
    }

    static Run run(List<String> command, Path log) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        long peak = 0;
        do {
            peak = highWaterMark(status, peak);
        } while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS));
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Run(process.exitValue(), seconds, peak);
    }

    /** The process's VmHWM in kB, or {@code last} when it can no longer be read (the process has ended). */
    private static long highWaterMark(Path status, long last) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.substring(6).replace("kB", "").strip());
                }
            }
        } catch (IOException | NumberFormatException e) {
            // gone between the check and the read, or a zombie without memory lines: keep the last value
        }
        return last;
    }
}
