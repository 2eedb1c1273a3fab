package io.jiandang.eventing.publisher;

import io.jiandang.envelope.EventEnvelope;
import io.jiandang.envelope.EventEnvelopeCodec;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Moves every stored event of this service to the context's Kafka topic, in the order of the event store.
 *
 * <p>It is an Axon tracking event processor ({@value #PROCESSING_GROUP}) over the PostgreSQL event store, so
 * its position is a tracking token stored in the same database. The sends of one batch go out together; before
 * the batch's transaction commits (and with it the new token), every send must have been acknowledged by Kafka
 * (acks=all, idempotent producer). Any failure throws, the transaction and the token roll back, and the
 * processor retries the batch from the old position: nothing is skipped while Kafka is down. A batch that
 * failed half-way is sent again in full, so consumers are idempotent on the event id.
 */
@ProcessingGroup(KafkaEventPublisher.PROCESSING_GROUP)
public class KafkaEventPublisher {

    public static final String PROCESSING_GROUP = "kafka-publisher";
    private static final Logger log = LoggerFactory.getLogger(KafkaEventPublisher.class);
    private static final String PENDING_SENDS = KafkaEventPublisher.class.getName() + ".pendingSends";

    private final Producer<String, byte[]> producer;
    private final EventEnvelopeFactory envelopes;
    private final String topic;
    private final Duration sendTimeout;

    public KafkaEventPublisher(Producer<String, byte[]> producer, EventEnvelopeFactory envelopes, String topic,
                               Duration sendTimeout) {
        this.producer = producer;
        this.envelopes = envelopes;
        this.topic = topic;
        this.sendTimeout = sendTimeout;
    }

    @EventHandler
    public void publish(Object payload, EventMessage<?> message) {
        EventEnvelope envelope = envelopes.toEnvelope(message);
        Future<RecordMetadata> sent = producer.send(EventEnvelopeCodec.toRecord(topic, envelope));
        if (CurrentUnitOfWork.isStarted()) {
            pendingSendsOf(CurrentUnitOfWork.get().root()).add(sent);
        } else {
            await(List.of(sent));
        }
    }

    /** Sends events again, e.g. those of one aggregate that a consumer found missing; waits for the acks. */
    public void republish(List<? extends EventMessage<?>> messages) {
        List<Future<RecordMetadata>> sends = new ArrayList<>();
        for (EventMessage<?> message : messages) {
            sends.add(producer.send(EventEnvelopeCodec.toRecord(topic, envelopes.toEnvelope(message))));
        }
        await(sends);
    }

    private List<Future<RecordMetadata>> pendingSendsOf(UnitOfWork<?> unitOfWork) {
        return unitOfWork.getOrComputeResource(PENDING_SENDS, key -> {
            List<Future<RecordMetadata>> sends = new ArrayList<>();
            // prepare-commit runs before the transaction that stores the new token commits: a failed send
            // rolls the token back
            unitOfWork.onPrepareCommit(u -> await(sends));
            return sends;
        });
    }

    private void await(List<Future<RecordMetadata>> sends) {
        long deadline = System.nanoTime() + sendTimeout.toNanos();
        for (Future<RecordMetadata> send : sends) {
            try {
                send.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EventPublicationException("interrupted while waiting for Kafka to acknowledge", e);
            } catch (ExecutionException | TimeoutException e) {
                Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
                log.warn("Kafka did not acknowledge a batch of {} events to {}: {}; the batch will be retried",
                        sends.size(), topic, cause.toString());
                throw new EventPublicationException("Kafka did not acknowledge the batch", cause);
            }
        }
    }

    /** Kafka refused or did not confirm a send: the batch is retried from the last stored position. */
    public static final class EventPublicationException extends RuntimeException {
        public EventPublicationException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
