package vn.vanban.batch;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a job over every unit on a fixed number of threads through a bounded window: at most a
 * few documents per thread exist at any time, however many units there are. Results come back in
 * the order of the units, so messages and archives do not depend on thread timing. A unit that
 * fails is reported and the others go on; a fault (an exception that is not a {@link UnitFailure})
 * stops the batch and is rethrown.
 */
public final class BatchRun {

    /** How many units each thread may have in flight: enough to keep threads busy while results wait their turn. */
    private static final int WINDOW_PER_THREAD = 4;

    /** Makes one unit's files. Called from worker threads: must be safe to share. */
    @FunctionalInterface
    public interface Job {
        UnitOutput make(BatchUnit unit) throws UnitFailure;
    }

    /** Hears of every unit as it completes, in the order of the units, on one thread. */
    public interface Listener {
        void started(int units);

        void unitDone(UnitResult result, int done, int units);

        void finished(Summary summary);
    }

    private BatchRun() {
    }

    public static Summary run(List<BatchUnit> units, Job job, DocumentSink sink, int threads, Listener listener)
            throws IOException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads < 1");
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, new Workers());
        ArrayDeque<Future<Made>> inFlight = new ArrayDeque<>();
        Tally tally = new Tally();
        long start = System.nanoTime();
        listener.started(units.size());
        boolean finished = false;
        try {
            Iterator<BatchUnit> next = units.iterator();
            int done = 0;
            while (next.hasNext() || !inFlight.isEmpty()) {
                while (inFlight.size() < threads * WINDOW_PER_THREAD && next.hasNext()) {
                    BatchUnit unit = next.next();
                    inFlight.add(pool.submit(() -> make(unit, job, sink)));
                }
                Made made = await(inFlight.poll());
                UnitResult result = sink.concurrent() ? made.result() : writeInOrder(made, sink);
                tally.add(result);
                listener.unitDone(result, ++done, units.size());
            }
            sink.finish();
            finished = true;
        } finally {
            if (!finished) {
                inFlight.forEach(f -> f.cancel(true));
                sink.abandon();
            }
            pool.shutdownNow();
        }
        Summary summary = tally.summary(units.size(), System.nanoTime() - start);
        listener.finished(summary);
        return summary;
    }

    /** A unit's result, and its files while an ordered sink has yet to write them. */
    private record Made(UnitResult result, UnitOutput output) {
    }

    private static Made make(BatchUnit unit, Job job, DocumentSink sink) {
        UnitOutput output;
        try {
            output = job.make(unit);
        } catch (UnitFailure e) {
            return new Made(new UnitResult(unit, List.of(), e.reason(), List.of()), null);
        }
        if (!sink.concurrent()) {
            return new Made(new UnitResult(unit, List.of(), null, output.warnings()), output);
        }
        return new Made(write(unit, output, sink), null);
    }

    private static UnitResult writeInOrder(Made made, DocumentSink sink) {
        return made.output() == null ? made.result() : write(made.result().unit(), made.output(), sink);
    }

    private static UnitResult write(BatchUnit unit, UnitOutput output, DocumentSink sink) {
        List<UnitResult.Written> written = new ArrayList<>();
        for (OutputFile file : output.files()) {
            try {
                written.add(new UnitResult.Written(file.name(), sink.write(file)));
            } catch (UnitFailure e) {
                return new UnitResult(unit, written, e.reason(), output.warnings());
            } catch (IOException e) {
                return new UnitResult(unit, written, "không ghi được tệp " + file.name() + ": " + e, output.warnings());
            }
        }
        return new UnitResult(unit, written, null, output.warnings());
    }

    private static Made await(Future<Made> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("batch interrupted");
        }
    }

    private static final class Tally {
        private int created;
        private int replaced;
        private int unchanged;
        private int failed;

        void add(UnitResult result) {
            if (result.failed()) {
                failed++;
            }
            for (UnitResult.Written file : result.files()) {
                switch (file.outcome()) {
                    case NEW -> created++;
                    case REPLACED -> replaced++;
                    case UNCHANGED -> unchanged++;
                    default -> throw new IllegalStateException(file.outcome().toString());
                }
            }
        }

        Summary summary(int units, long nanos) {
            return new Summary(units, created, replaced, unchanged, failed, nanos);
        }
    }

    /** Daemon threads, so that a stuck unit never keeps the JVM alive after the command returns. */
    private static final class Workers implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "vanban-batch-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
