package io.github.twelvefactor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The per-file scheduler: results by index, failures surfaced, overruns given up on and named. */
class FileSchedulerTest {

    @Test
    void everyResultLandsAtItsOwnIndexWhateverThreadRanIt() throws InterruptedException {
        int n = 2_000;
        Integer[] out = new Integer[n];
        AtomicInteger lastProgress = new AtomicInteger();
        List<FileScheduler.Overrun> overruns = new FileScheduler(4, 10_000_000_000L)
                .run(n, (i, stage) -> i * 3, out, done -> lastProgress.accumulateAndGet(done, Math::max));
        assertEquals(List.of(), overruns);
        for (int i = 0; i < n; i++) {
            assertEquals(i * 3, out[i]);
        }
        assertEquals(n, lastProgress.get(), "progress reached every file");
    }

    @Test
    void aTaskThatThrowsFailsTheRunWithItsCause() {
        IllegalArgumentException boom = new IllegalArgumentException("boom");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new FileScheduler(2, 10_000_000_000L)
                .run(50, (i, stage) -> {
                    if (i == 17) {
                        throw boom;
                    }
                    return i;
                }, new Integer[50], done -> { }));
        assertSame(boom, e.getCause());
    }

    @Test
    void aTaskOverItsBudgetIsGivenUpOnWithWhatItWasDoing() throws InterruptedException {
        String[] out = new String[6];
        long t0 = System.nanoTime();
        List<FileScheduler.Overrun> overruns = new FileScheduler(2, 1_000_000_000L).run(6, (i, stage) -> {
            if (i == 2) {
                stage.set("spinning on purpose");
                long end = System.nanoTime() + 8_000_000_000L;
                while (System.nanoTime() < end && !Thread.currentThread().isInterrupted()) {
                    Thread.onSpinWait();
                }
            }
            return "r" + i;
        }, out, done -> { });
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 6_000, "the run waited for the stuck task");
        assertEquals(List.of(new FileScheduler.Overrun(2, "spinning on purpose")), overruns);
        assertEquals(null, out[2], "a given-up task's result is dropped");
        assertEquals(List.of("r0", "r1", "r3", "r4", "r5"), List.of(out[0], out[1], out[3], out[4], out[5]));
    }

    @Test
    void nothingToRunReturnsAtOnce() throws InterruptedException {
        assertEquals(List.of(), new FileScheduler(4, 1_000_000L).run(0, (i, s) -> i, new Integer[0], d -> { }));
    }
}
