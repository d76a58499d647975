package org.examengine.marking;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.examengine.source.ExamException;

/**
 * Marks every answer of several answers files on all cores, handing the outcomes to a listener in input
 * order. One thread reads the files into batches; a pool marks the batches; the caller's thread takes them
 * back in the order they were read. At most a few batches per worker are in flight, so memory stays flat
 * whatever the input size, and the output is the same whatever the number of threads.
 */
public final class BatchMarker {

    static final int BATCH = 256;

    private final AnswerFiles reader;
    private final int threads;

    /** @param threads markers working at once (the reading thread comes on top) */
    public BatchMarker(AnswerFiles reader, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads " + threads);
        }
        this.reader = reader;
        this.threads = threads;
    }

    /**
     * @throws ExamException when a file cannot be read as answers at all (see {@link AnswerFiles}); the
     *     listener has then had the outcomes read before it, and should discard them
     */
    public void mark(List<Path> files, Function<Path, String> shownAs, RowMarker marker, BatchListener listener) {
        BlockingQueue<CompletableFuture<List<Outcome>>> inOrder = new ArrayBlockingQueue<>(threads * 4);
        ExecutorService workers = Executors.newFixedThreadPool(threads, daemon("exam-marker"));
        Reading reading = new Reading(files, shownAs, marker, workers, inOrder);
        Thread readerThread = daemon("exam-reader").newThread(reading);
        readerThread.start();
        try {
            while (true) {
                CompletableFuture<List<Outcome>> next = inOrder.take();
                List<Outcome> batch = next.get();
                if (batch == null) {
                    break;
                }
                batch.forEach(listener::accept);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while marking", e);
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        } finally {
            reading.stop();
            readerThread.interrupt();
            workers.shutdownNow();
        }
    }

    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(cause);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return task -> {
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * The reading thread: batches of rows go to the workers, and each batch's future into the queue at
     * once, so the queue holds them in input order. A read failure goes into the queue as a failed future
     * after the batches before it; the end is a future of {@code null}.
     */
    private final class Reading implements Runnable, AnswerSink {
        private final List<Path> files;
        private final Function<Path, String> shownAs;
        private final RowMarker marker;
        private final ExecutorService workers;
        private final BlockingQueue<CompletableFuture<List<Outcome>>> inOrder;
        private List<Object> batch = new ArrayList<>(BATCH);
        private volatile boolean stopped;

        Reading(List<Path> files, Function<Path, String> shownAs, RowMarker marker, ExecutorService workers,
                BlockingQueue<CompletableFuture<List<Outcome>>> inOrder) {
            this.files = files;
            this.shownAs = shownAs;
            this.marker = marker;
            this.workers = workers;
            this.inOrder = inOrder;
        }

        @Override
        public void run() {
            try {
                for (Path file : files) {
                    reader.read(file, shownAs.apply(file), this);
                }
                flush();
                put(CompletableFuture.completedFuture(null));
            } catch (RuntimeException | Error e) {
                if (!stopped) {
                    put(CompletableFuture.failedFuture(e));
                }
            }
        }

        void stop() {
            stopped = true;
        }

        @Override
        public void answer(AnswerRow row) {
            add(row);
        }

        @Override
        public void rejected(AnswerRow row, String reason) {
            add(new Outcome.Rejected(row, reason));
        }

        /** Rows to mark, or outcomes already known (rejected while reading). */
        private void add(Object item) {
            batch.add(item);
            if (batch.size() == BATCH) {
                flush();
            }
        }

        private void flush() {
            if (batch.isEmpty()) {
                return;
            }
            List<Object> items = batch;
            batch = new ArrayList<>(BATCH);
            put(CompletableFuture.supplyAsync(() -> markAll(items), workers));
        }

        private List<Outcome> markAll(List<Object> items) {
            List<Outcome> outcomes = new ArrayList<>(items.size());
            for (Object item : items) {
                outcomes.add(item instanceof AnswerRow row ? marker.mark(row) : (Outcome) item);
            }
            return outcomes;
        }

        private void put(CompletableFuture<List<Outcome>> future) {
            try {
                while (!stopped && !inOrder.offer(future, 100, TimeUnit.MILLISECONDS)) {
                    // the caller is slower than the markers: wait for room
                }
                if (stopped) {
                    throw new Stopped();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Stopped();
            }
        }
    }

    /** Unwinds the reading thread when the caller has stopped taking batches. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
