package io.github.twelvefactor.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntConsumer;

/**
 * Runs one task per file on a few daemon threads, and gives up on a file whose task runs past the
 * per-file budget: that file is reported as an overrun, a fresh thread takes the stuck one's place,
 * and the audit goes on. A Java thread cannot be killed safely, so the stuck one is interrupted and
 * left to end by itself (a daemon: it never holds the build's JVM open); its result is dropped.
 * Results land at their file's index, so the output does not depend on which thread ran what.
 */
final class FileScheduler {
    private static final int PENDING = 0;
    private static final int RUNNING = 1;
    private static final int DONE = 2;
    private static final int ABANDONED = 3;

    /** What a task is doing now (say, which rule runs), for the message of an overrun. */
    static final class Stage {
        private volatile String what = "reading the file";

        void set(String value) {
            what = value;
        }

        String get() {
            return what;
        }
    }

    interface Task<T> {
        T run(int index, Stage stage);
    }

    /** A file given up on, with what its task was doing when the budget ran out. */
    record Overrun(int index, String stage) {
    }

    private static final Comparator<Overrun> BY_INDEX = new Comparator<>() { // no lambda: see Finding.comparePlace
        @Override
        public int compare(Overrun a, Overrun b) {
            return Integer.compare(a.index(), b.index());
        }
    };

    private final int threads;
    private final long budgetNanos;

    FileScheduler(int threads, long budgetNanos) {
        this.threads = Math.max(1, threads);
        this.budgetNanos = budgetNanos;
    }

    /**
     * Runs {@code task} for every index below {@code n}, storing results in {@code out}; calls
     * {@code progress} (from the worker threads) with the count of files done after each file.
     *
     * @return the files given up on, by index
     * @throws IllegalStateException when a task throws (tasks report their own expected failures)
     */
    <T> List<Overrun> run(int n, Task<T> task, T[] out, IntConsumer progress) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicIntegerArray state = new AtomicIntegerArray(n);
        AtomicLongArray startedAt = new AtomicLongArray(n);
        AtomicReferenceArray<Stage> stages = new AtomicReferenceArray<>(n);
        AtomicReferenceArray<Thread> runners = new AtomicReferenceArray<>(n);
        AtomicInteger remaining = new AtomicInteger(n);
        AtomicInteger completed = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Object lock = new Object();
        Runnable worker = new Runnable() { // no lambda: see Finding.comparePlace
            @Override
            public void run() {
                int i;
                while (failure.get() == null && (i = next.getAndIncrement()) < n) {
                    Stage stage = new Stage();
                    stages.set(i, stage);
                    runners.set(i, Thread.currentThread());
                    startedAt.set(i, System.nanoTime());
                    state.set(i, RUNNING);
                    T result;
                    try {
                        result = task.run(i, stage);
                    } catch (Throwable t) {
                        if (state.compareAndSet(i, RUNNING, DONE)) {
                            failure.compareAndSet(null, t);
                            synchronized (lock) {
                                lock.notifyAll();
                            }
                        }
                        return;
                    }
                    if (!state.compareAndSet(i, RUNNING, DONE)) {
                        return; // given up on: a fresh thread has taken this one's place
                    }
                    out[i] = result;
                    // progress before the count that releases the caller: no callback after run returns
                    progress.accept(completed.incrementAndGet());
                    if (remaining.decrementAndGet() == 0) {
                        synchronized (lock) {
                            lock.notifyAll();
                        }
                    }
                }
            }
        };
        for (int t = 0; t < Math.min(threads, n); t++) {
            start(worker);
        }
        List<Overrun> overruns = new ArrayList<>();
        long tick = Math.max(1_000_000L, Math.min(100_000_000L, budgetNanos / 4));
        while (remaining.get() > 0 && failure.get() == null) {
            synchronized (lock) {
                if (remaining.get() > 0 && failure.get() == null) {
                    lock.wait(tick / 1_000_000L, (int) (tick % 1_000_000L));
                }
            }
            long now = System.nanoTime();
            for (int i = 0; i < n && i < next.get(); i++) {
                if (state.get(i) == RUNNING && now - startedAt.get(i) > budgetNanos
                        && state.compareAndSet(i, RUNNING, ABANDONED)) {
                    overruns.add(new Overrun(i, stages.get(i).get()));
                    Thread stuck = runners.get(i);
                    if (stuck != null) {
                        stuck.interrupt();
                    }
                    start(worker);
                    remaining.decrementAndGet();
                }
            }
        }
        Throwable t = failure.get();
        if (t != null) {
            throw new IllegalStateException("audit failed: " + t.getClass().getSimpleName(), t);
        }
        overruns.sort(BY_INDEX);
        return overruns;
    }

    private static void start(Runnable worker) {
        Thread t = new Thread(worker, "twelvefactor-audit");
        t.setDaemon(true);
        t.start();
    }
}
