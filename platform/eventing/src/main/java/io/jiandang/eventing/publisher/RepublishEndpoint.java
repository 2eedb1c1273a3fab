package io.jiandang.eventing.publisher;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

import java.util.List;
import java.util.Map;

/**
 * {@code POST /actuator/republish/{aggregateId}}: sends all events of one aggregate again, from the event
 * store. A consumer that found a gap in an aggregate's sequence asks for this; consumers are idempotent on the
 * event id, so what they already had is skipped.
 */
@Endpoint(id = "republish")
public class RepublishEndpoint {

    private final EventStore eventStore;
    private final KafkaEventPublisher publisher;

    public RepublishEndpoint(EventStore eventStore, KafkaEventPublisher publisher) {
        this.eventStore = eventStore;
        this.publisher = publisher;
    }

    @WriteOperation
    public Map<String, Object> republish(@Selector String aggregateId) {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(aggregateId).asStream().toList();
        publisher.republish(events);
        return Map.of("aggregateId", aggregateId, "republished", events.size());
    }
}
