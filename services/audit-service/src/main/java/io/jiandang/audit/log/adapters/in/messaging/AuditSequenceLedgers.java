package io.jiandang.audit.log.adapters.in.messaging;

import com.mongodb.client.MongoDatabase;
import io.jiandang.envelope.EventEnvelope;
import io.jiandang.readmodel.ProjectionLedger;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link ProjectionLedger} per producing context: aggregate ids are unique only inside a context (an exit
 * service may well name its aggregate after the household), so per-aggregate sequences are tracked per context.
 * Each ledger skips duplicates, parks events after a gap and reports the gap in {@code readmodel_gaps} under the
 * projection {@code audit_log_<context>}.
 */
public class AuditSequenceLedgers {

    private final MongoDatabase database;
    private final Clock clock;
    private final Map<String, ProjectionLedger> ledgers = new ConcurrentHashMap<>();

    public AuditSequenceLedgers(MongoDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public ProjectionLedger of(String topic, EventEnvelope event) {
        return ledgers.computeIfAbsent(contextOf(topic, event), c -> new ProjectionLedger(database, "audit_log_" + c, clock));
    }

    /** {@code /jiandang/<context>} from ce_source, else the topic's {@code <context>.events}. */
    static String contextOf(String topic, EventEnvelope event) {
        String source = event.source();
        if (source.startsWith("/jiandang/") && source.length() > "/jiandang/".length()) {
            return source.substring("/jiandang/".length()).replaceAll("[^A-Za-z0-9_-]", "_");
        }
        if (topic != null && topic.endsWith(".events")) {
            return topic.substring(0, topic.length() - ".events".length());
        }
        return "unknown";
    }
}
