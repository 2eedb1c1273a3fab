package io.jiandang.simulator;

import io.jiandang.demo.ApiProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** How the steps send their commands: on the simulation's worker pool, and retrying while a read model catches up. */
final class Work {

    private static final Logger log = LoggerFactory.getLogger(Work.class);
    /**
     * How long a command waits for another service's read model (the broker in between) before it fails: generous,
     * since on a loaded machine the projections fall minutes behind; {@code -Djiandang.simulator.read-model-wait=PT20M}
     * gives them longer.
     */
    static final Duration READ_MODEL_WAIT =
            Duration.parse(System.getProperty("jiandang.simulator.read-model-wait", "PT10M"));

    private Work() {
    }

    /**
     * A read model that has not shown what a command waits for within {@link #READ_MODEL_WAIT}: the simulation cannot
     * go on (the next steps build on it), so it is not counted as a refusal but stops the phase at once, instead of
     * every later item waiting out its own {@link #READ_MODEL_WAIT}.
     */
    static final class ReadModelBehindException extends RuntimeException {
        ReadModelBehindException(String message) {
            super(message);
        }

        ReadModelBehindException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Runs {@code work} for every item on the workers; logs progress; the first item that fails stops the phase: the
     * items not started are cancelled and those waiting are interrupted, and its exception is thrown.
     */
    static <T> void parallel(SimulationContext context, List<T> items, String phase, Consumer<T> work) {
        long started = System.nanoTime();
        AtomicLong done = new AtomicLong();
        long every = Math.max(1, items.size() / 10);
        CompletionService<Void> completion = new ExecutorCompletionService<>(context.workers());
        List<Future<Void>> futures = new ArrayList<>(items.size());
        for (T item : items) {
            futures.add(completion.submit(() -> {
                work.accept(item);
                long n = done.incrementAndGet();
                if (n % every == 0 && n < items.size()) {
                    log.info("  {}: {}/{}", phase, n, items.size());
                }
                return null;
            }));
        }
        try {
            for (int i = 0; i < futures.size(); i++) {
                completion.take().get();
            }
        } catch (InterruptedException e) {
            futures.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + phase, e);
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            log.error("  {}: stopped after {} of {}: {}", phase, done.get(), items.size(), e.getCause().toString());
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        log.info("  {}: {} done in {} s ({}/s)", phase, items.size(), String.format("%.1f", seconds),
                String.format("%.0f", items.size() / Math.max(seconds, 1e-9)));
    }

    /**
     * Calls {@code call} until it is not refused with one of {@code waitingCodes} (the service does not know yet
     * what another service or its own read model is about to tell it), for up to {@link #READ_MODEL_WAIT}. A
     * code is a problem's typed code or {@code HTTP_<status>} ({@link #codeOf}).
     */
    static <T> T whenKnown(Set<String> waitingCodes, Supplier<T> call) {
        long deadline = System.nanoTime() + READ_MODEL_WAIT.toNanos();
        while (true) {
            try {
                return call.get();
            } catch (ApiProblemException e) {
                if (!waitingCodes.contains(codeOf(e))) {
                    throw e;
                }
                if (System.nanoTime() > deadline) {
                    throw new ReadModelBehindException(e.method() + " " + e.path() + " still refused with " + codeOf(e)
                            + " after " + READ_MODEL_WAIT + " (what it waits for has not reached the service's read model)", e);
                }
            }
            pause();
        }
    }

    /** The problem's typed code, or {@code HTTP_<status>} when it has none (e.g. a 403 of an access rule). */
    static String codeOf(ApiProblemException e) {
        return e.code() != null ? e.code() : "HTTP_" + e.status();
    }

    static void whenKnown(Set<String> waitingCodes, Runnable call) {
        whenKnown(waitingCodes, () -> {
            call.run();
            return null;
        });
    }

    static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a read model", e);
        }
    }

    static void remember(List<String> problems, String problem) {
        synchronized (problems) {
            if (problems.size() < 3) {
                problems.add(problem);
            }
        }
    }
}
