package vn.vanban.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The engine alone, with made-up jobs and an in-memory sink. */
class BatchRunTest {

    private static List<BatchUnit> units(int count) {
        return IntStream.range(0, count).mapToObj(i -> new BatchUnit(String.format("%05d", i), "xã", "Xã Số " + i,
                "Số " + i, "xã Số " + i, Map.of(), null, 0)).toList();
    }

    /** Keeps what it is given, in the order given, and counts documents made but not yet written. */
    private static final class MemorySink implements DocumentSink {
        final boolean concurrent;
        final List<String> names = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger alive;
        boolean finished;
        boolean abandoned;

        MemorySink(boolean concurrent, AtomicInteger alive) {
            this.concurrent = concurrent;
            this.alive = alive;
        }

        @Override
        public boolean concurrent() {
            return concurrent;
        }

        @Override
        public Outcome write(OutputFile file) throws UnitFailure {
            alive.decrementAndGet();
            if (file.name().startsWith("00007")) {
                throw new UnitFailure("tệp đã có");
            }
            names.add(file.name());
            return file.name().startsWith("00003") ? Outcome.UNCHANGED : Outcome.NEW;
        }

        @Override
        public void finish() {
            finished = true;
        }

        @Override
        public void abandon() {
            abandoned = true;
        }
    }

    /** Records what the listener hears. */
    private static final class Recorder implements BatchRun.Listener {
        final List<String> order = new ArrayList<>();
        final List<String> failures = new ArrayList<>();
        Summary summary;

        @Override
        public void started(int units) {
            order.add("start " + units);
        }

        @Override
        public void unitDone(UnitResult result, int done, int units) {
            order.add(result.unit().code());
            if (result.failed()) {
                failures.add(result.unit().code() + ": " + result.failure());
            }
        }

        @Override
        public void finished(Summary summary) {
            this.summary = summary;
        }
    }

    private static BatchRun.Job job(AtomicInteger alive, AtomicInteger mostAlive) {
        return unit -> {
            if (unit.code().equals("00005")) {
                throw new UnitFailure("thiếu họ tên người ký");
            }
            // Units finish out of order: later ones are quicker.
            try {
                Thread.sleep(Integer.parseInt(unit.code()) % 3);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            mostAlive.accumulateAndGet(alive.incrementAndGet(), Math::max);
            return new UnitOutput(List.of(new OutputFile(unit.code() + ".docx", unit.code().getBytes(StandardCharsets.UTF_8))),
                    List.of());
        };
    }

    @Test
    void resultsComeInUnitOrderAndFailuresDoNotStopTheOthers() throws Exception {
        for (boolean concurrent : new boolean[] {true, false}) {
            AtomicInteger alive = new AtomicInteger();
            AtomicInteger mostAlive = new AtomicInteger();
            MemorySink sink = new MemorySink(concurrent, alive);
            Recorder recorder = new Recorder();
            Summary summary = BatchRun.run(units(300), job(alive, mostAlive), sink, 4, recorder);
            List<String> expected = new ArrayList<>(List.of("start 300"));
            units(300).forEach(u -> expected.add(u.code()));
            assertEquals(expected, recorder.order, "listener hears units in order");
            assertEquals(List.of("00005: thiếu họ tên người ký", "00007: tệp đã có"), recorder.failures);
            assertEquals(new Summary(300, 297, 0, 1, 2, summary.nanos()), summary);
            assertSame(summary, recorder.summary);
            assertTrue(sink.finished);
            if (!concurrent) {
                List<String> written = units(300).stream().map(u -> u.code() + ".docx")
                        .filter(n -> !n.startsWith("00005") && !n.startsWith("00007")).toList();
                assertEquals(written, sink.names, "an ordered sink is written in unit order");
                assertTrue(mostAlive.get() <= 4 * 4, "documents waiting for an ordered sink stay within the window: " + mostAlive);
            }
        }
    }

    @Test
    void aFaultStopsTheBatchAndAbandonsTheSink() {
        AtomicInteger alive = new AtomicInteger();
        MemorySink sink = new MemorySink(false, alive);
        AtomicBoolean lateUnitStarted = new AtomicBoolean();
        BatchRun.Job job = unit -> {
            if (unit.code().equals("00010")) {
                throw new IllegalStateException("lỗi trong mẫu");
            }
            if (Integer.parseInt(unit.code()) > 200) {
                lateUnitStarted.set(true);
            }
            alive.incrementAndGet();
            return new UnitOutput(List.of(new OutputFile(unit.code(), new byte[1])), List.of());
        };
        IllegalStateException fault = assertThrows(IllegalStateException.class,
                () -> BatchRun.run(units(1000), job, sink, 2, new Recorder()));
        assertEquals("lỗi trong mẫu", fault.getMessage());
        assertTrue(sink.abandoned);
        assertTrue(!sink.finished);
        assertTrue(!lateUnitStarted.get(), "units far beyond the window never start");
    }
}
