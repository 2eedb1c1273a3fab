package io.jiandang.simulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A phase whose item finds a read model still behind after its wait stops at once: the other items do not each wait
 * out their own wait (the official CI once spent 60 minutes so, 16 households per 10 minutes, before its time limit).
 */
class APhaseStopsAtTheFirstReadModelLeftBehindTest {

    private final ExecutorService workers = Executors.newFixedThreadPool(4);

    @AfterEach
    void stopWorkers() {
        workers.shutdownNow();
    }

    @Test
    void theFirstItemLeftBehindStopsThePhaseAndInterruptsTheItemsStillWaiting() {
        AtomicInteger started = new AtomicInteger();
        AtomicInteger interrupted = new AtomicInteger();
        List<Integer> items = IntStream.range(0, 100).boxed().toList();

        assertThatThrownBy(() -> Work.parallel(context(), items, "waiting phase", item -> {
            started.incrementAndGet();
            if (item == 2) {
                throw new Work.ReadModelBehindException("exit-service has not seen household " + item);
            }
            try {
                Thread.sleep(60_000); // an item waiting for its read model
            } catch (InterruptedException e) {
                interrupted.incrementAndGet();
                Thread.currentThread().interrupt();
            }
        })).isInstanceOf(Work.ReadModelBehindException.class).hasMessageContaining("household 2");

        assertThat(started.get()).as("items started").isLessThan(items.size());
        // the items still sleeping their minute were interrupted: the pool empties well within it
        workers.shutdown();
        assertThat(awaitTermination()).isTrue();
        assertThat(interrupted.get()).as("items interrupted while waiting").isPositive();
    }

    @Test
    void aPhaseWhoseItemsAllSucceedRunsEveryItem() {
        AtomicInteger ran = new AtomicInteger();

        Work.parallel(context(), IntStream.range(0, 50).boxed().toList(), "quick phase", item -> ran.incrementAndGet());

        assertThat(ran.get()).isEqualTo(50);
    }

    private boolean awaitTermination() {
        try {
            return workers.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private SimulationContext context() {
        return new SimulationContext(null, null, null, null, null, workers, 4, "test-run");
    }
}
