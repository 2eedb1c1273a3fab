package io.jiandang.assistance.common.adapters.out.persistence;

import io.jiandang.assistance.common.application.EventHistory;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.List;

/** Reads an aggregate's events from the Axon event store on PostgreSQL. */
@Component
public class AxonEventHistory implements EventHistory {

    private final EventStore eventStore;

    public AxonEventHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public List<Object> payloadsOf(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream().map(EventMessage::getPayload).map(p -> (Object) p).toList();
    }
}
