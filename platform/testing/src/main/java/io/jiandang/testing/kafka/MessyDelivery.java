package io.jiandang.testing.kafka;

import io.jiandang.envelope.EventEnvelope;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A topic's events as a broker and a republishing producer may deliver them to a consumer: aggregates interleaved at
 * random, now and then an aggregate's next two events swapped, and earlier events delivered again. Deterministic from
 * the seed, for tests of idempotent, order-restoring projections.
 */
public final class MessyDelivery {

    private MessyDelivery() {
    }

    /** @param perAggregate each aggregate's events in sequence order (the lists are not changed) */
    public static List<EventEnvelope> of(List<List<EventEnvelope>> perAggregate, long seed) {
        Random random = new Random(seed);
        List<List<EventEnvelope>> waiting = new ArrayList<>();
        perAggregate.forEach(events -> waiting.add(new ArrayList<>(events)));
        List<EventEnvelope> stream = new ArrayList<>();
        while (waiting.stream().anyMatch(l -> !l.isEmpty())) {
            List<EventEnvelope> from = waiting.get(random.nextInt(waiting.size()));
            if (from.isEmpty()) {
                continue;
            }
            stream.add(from.size() > 1 && random.nextInt(6) == 0 ? from.remove(1) : from.remove(0));
            if (random.nextInt(5) == 0) {
                stream.add(stream.get(random.nextInt(stream.size())));
            }
        }
        return stream;
    }
}
