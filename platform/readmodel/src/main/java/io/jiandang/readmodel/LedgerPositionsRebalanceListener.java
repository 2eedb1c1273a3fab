package io.jiandang.readmodel;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.binder.kafka.KafkaBindingRebalanceListener;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Starts each projection binding where its read model's data stands, not where the consumer group's offsets
 * say: at the position stored in the ledger, or at the beginning of the topic when the read model holds none
 * (a new or wiped read model is rebuilt from the topic, which keeps every event).
 */
public class LedgerPositionsRebalanceListener implements KafkaBindingRebalanceListener {

    private static final Logger log = LoggerFactory.getLogger(LedgerPositionsRebalanceListener.class);
    private final Map<String, ProjectionLedger> ledgersByBinding;

    public LedgerPositionsRebalanceListener(Map<String, ProjectionLedger> ledgersByBinding) {
        this.ledgersByBinding = ledgersByBinding;
    }

    @Override
    public void onPartitionsAssigned(String bindingName, Consumer<?, ?> consumer,
                                     Collection<TopicPartition> partitions, boolean initial) {
        ProjectionLedger ledger = ledgersByBinding.get(bindingName);
        if (ledger == null || !initial) {
            return;
        }
        Map<TopicPartition, Long> stored = ledger.positions();
        List<TopicPartition> fromStart = new ArrayList<>();
        for (TopicPartition partition : partitions) {
            Long next = stored.get(partition);
            if (next != null) {
                consumer.seek(partition, next);
            } else {
                fromStart.add(partition);
            }
        }
        if (!fromStart.isEmpty()) {
            consumer.seekToBeginning(fromStart);
        }
        log.info("Projection {} resumes {} partitions from its stored positions, {} from the beginning",
                ledger.projection(), partitions.size() - fromStart.size(), fromStart.size());
    }
}
