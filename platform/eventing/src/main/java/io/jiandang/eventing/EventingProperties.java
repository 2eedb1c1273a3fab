package io.jiandang.eventing;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Settings of a service's event store and publisher ({@code jiandang.eventing.*}).
 *
 * @param context            the bounded context, e.g. {@code registration}; names the topic and the source
 * @param topic              the Kafka topic the context publishes to; {@code <context>.events} when empty
 * @param gapTimeout         how long the tracking stream holds a gap in the global index open for a
 *                           transaction that has inserted but not yet committed; must exceed the longest
 *                           command transaction (see docs/adr/0001)
 * @param publisherBatchSize events per publisher batch: sent together, acknowledged together, then the
 *                           position advances
 * @param sendTimeout        how long the publisher waits for Kafka's acknowledgement of a batch
 * @param publisherSegments  segments (and threads) of the publisher when its token store is first created: each
 *                           sends the events of its own households (Kafka keys) in store order, side by side
 *                           with the others; an existing token store keeps its segments (Axon splits them on
 *                           request)
 */
@ConfigurationProperties("jiandang.eventing")
public record EventingProperties(String context, String topic, Duration gapTimeout, Integer publisherBatchSize,
                                 Duration sendTimeout, Integer publisherSegments) {

    public EventingProperties {
        if (context == null || context.isBlank()) {
            throw new IllegalArgumentException("jiandang.eventing.context must name the bounded context");
        }
        if (topic == null || topic.isBlank()) {
            topic = context + ".events";
        }
        if (gapTimeout == null) {
            gapTimeout = Duration.ofMinutes(5);
        }
        if (publisherBatchSize == null) {
            publisherBatchSize = 500;
        }
        if (publisherSegments == null) {
            publisherSegments = 2;
        }
        if (publisherSegments < 1 || publisherBatchSize < 1) {
            throw new IllegalArgumentException("jiandang.eventing.publisher-segments and publisher-batch-size must be at least 1");
        }
        if (sendTimeout == null) {
            sendTimeout = Duration.ofSeconds(30);
        }
    }

    /** The CloudEvents source of this context's events. */
    public String source() {
        return "/jiandang/" + context;
    }
}
