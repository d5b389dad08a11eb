package dev.facet.engine.run;

import java.util.concurrent.atomic.AtomicReference;

/**
 * A turnstile for exporters that must see frames in order: the frames a run submits are
 * numbered 0, 1, 2, ...; the worker of frame n waits until frame n - 1 went through. The
 * frame before is always already on a worker (the pool takes frames first come, first
 * served), so waiting cannot deadlock; a failure of the run releases every waiter.
 */
final class FrameOrder {
    private long next;

    /** Waits for the turn of submission {@code n}; false when the run failed meanwhile. */
    synchronized boolean await(long n, AtomicReference<RuntimeException> failure) {
        while (next != n) {
            if (failure.get() != null) {
                return false;
            }
            try {
                wait(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return failure.get() == null;
    }

    /** Submission {@code n} went through (or will not): the next one may go. */
    synchronized void pass(long n) {
        if (next == n) {
            next = n + 1;
            notifyAll();
        }
    }
}
