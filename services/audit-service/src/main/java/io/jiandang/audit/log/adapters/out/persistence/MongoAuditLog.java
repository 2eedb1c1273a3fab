package io.jiandang.audit.log.adapters.out.persistence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import io.jiandang.audit.log.application.AuditLog;
import io.jiandang.audit.log.application.AuditedHousehold;
import io.jiandang.audit.log.domain.AuditedEvent;
import io.jiandang.audit.log.domain.ChainHead;
import io.jiandang.audit.log.domain.LogEntry;
import io.jiandang.divisions.DivisionLevel;
import io.jiandang.readmodel.Scans;
import org.bson.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The audit log in MongoDB: {@value #ENTRIES} (one document per event, {@code _id} = event id, times kept as
 * the ISO strings that were hashed), {@value #HEADS} (each chain's head, so the appender need not scan) and
 * {@value #HOUSEHOLDS} (each household's village and the codes of the levels above it, for equality lookups:
 * mongo-java-server scans for prefix queries).
 */
public class MongoAuditLog implements AuditLog {

    public static final String ENTRIES = "audit_log";
    public static final String HEADS = "audit_chain_heads";
    public static final String HOUSEHOLDS = "audit_households";
    private static final String LOG_HEAD = "log";
    /**
     * {@code <householdId>#<householdPosition>} on a household's entries: a unique key, so that finding an entry by its
     * place in the household's chain is an index lookup. mongo-java-server ignores indexes that are not unique, and
     * a lookup by {@code householdId} and position scanned the whole log at every appended event (quadratic: at
     * 1:100 the log holds millions of entries).
     */
    static final String HOUSEHOLD_LINK = "householdLink";

    private final MongoCollection<Document> entries;
    private final MongoCollection<Document> heads;
    private final MongoCollection<Document> households;

    public MongoAuditLog(MongoDatabase database) {
        this.entries = database.getCollection(ENTRIES);
        this.heads = database.getCollection(HEADS);
        this.households = database.getCollection(HOUSEHOLDS);
        entries.createIndex(Indexes.ascending("logPosition"), new IndexOptions().unique(true));
        // sparse: entries of no household carry no link
        entries.createIndex(Indexes.ascending(HOUSEHOLD_LINK), new IndexOptions().unique(true).sparse(true));
        entries.createIndex(Indexes.ascending("householdId"));
        entries.createIndex(Indexes.ascending("type"));
        for (DivisionLevel level : DivisionLevel.values()) {
            households.createIndex(Indexes.ascending(levelField(level)));
        }
    }

    /** The raw collection, for operators' tools and the tamper tests. */
    public MongoCollection<Document> entries() {
        return entries;
    }

    @Override
    public boolean contains(String eventId) {
        return entries.find(Filters.eq("_id", eventId)).first() != null;
    }

    @Override
    public ChainHead logHead() {
        return headAfterRepair(LOG_HEAD, "logPosition", "logHash", null);
    }

    @Override
    public ChainHead householdHead(String householdId) {
        return headAfterRepair("household:" + householdId, "householdPosition", "householdHash", householdId);
    }

    /**
     * The recorded head, moved on past entries appended after it (a crash between inserting an entry and
     * recording the head must not reuse a position).
     */
    private ChainHead headAfterRepair(String id, String positionField, String hashField, String householdId) {
        Document head = heads.find(Filters.eq("_id", id)).first();
        ChainHead current = head == null ? ChainHead.EMPTY : new ChainHead(head.getLong("position"), head.getString("hash"));
        while (true) {
            var filter = householdId == null ? Filters.eq(positionField, current.nextPosition())
                    : Filters.eq(HOUSEHOLD_LINK, link(householdId, current.nextPosition()));
            Document next = entries.find(filter).first();
            if (next == null) {
                return current;
            }
            current = new ChainHead(current.nextPosition(), next.getString(hashField));
        }
    }

    @Override
    public void append(LogEntry entry) {
        entries.insertOne(toDocument(entry));
        heads.replaceOne(Filters.eq("_id", LOG_HEAD), new Document("_id", LOG_HEAD)
                .append("position", entry.logPosition()).append("hash", entry.logHash()), new ReplaceOptions().upsert(true));
        AuditedEvent event = entry.event();
        if (event.householdId() != null) {
            String id = "household:" + event.householdId();
            heads.replaceOne(Filters.eq("_id", id), new Document("_id", id).append("position", entry.householdPosition())
                    .append("hash", entry.householdHash()), new ReplaceOptions().upsert(true));
            Document household = households.find(Filters.eq("_id", event.householdId())).first();
            String division = event.divisionCode() != null && event.divisionCode().length() == 12 ? event.divisionCode()
                    : household == null ? event.divisionCode() : household.getString("divisionCode");
            Document updated = new Document("_id", event.householdId()).append("divisionCode", division)
                    .append("entries", entry.householdPosition() + 1);
            if (division != null && division.length() == 12) {
                for (DivisionLevel level : DivisionLevel.values()) {
                    updated.append(levelField(level), codeAt(division, level));
                }
            }
            households.replaceOne(Filters.eq("_id", event.householdId()), updated, new ReplaceOptions().upsert(true));
        }
    }

    @Override
    public List<LogEntry> household(String householdId) {
        return entries.find(Filters.eq("householdId", householdId)).sort(Sorts.ascending("householdPosition"))
                .map(MongoAuditLog::fromDocument).into(new ArrayList<>());
    }

    @Override
    public List<LogEntry> ofType(String type) {
        return entries.find(Filters.eq("type", type)).sort(Sorts.ascending("logPosition")).batchSize(Scans.BATCH_SIZE)
                .map(MongoAuditLog::fromDocument).into(new ArrayList<>());
    }

    @Override
    public void forEach(Consumer<LogEntry> action) {
        entries.find().sort(Sorts.ascending("logPosition")).batchSize(Scans.BATCH_SIZE)
                .forEach(d -> action.accept(fromDocument(d)));
    }

    @Override
    public Optional<AuditedHousehold> findHousehold(String householdId) {
        return Optional.ofNullable(households.find(Filters.eq("_id", householdId)).first()).map(MongoAuditLog::household);
    }

    @Override
    public List<AuditedHousehold> householdsWithin(String divisionCode, DivisionLevel level) {
        return households.find(Filters.eq(levelField(level), codeAt(padded(divisionCode), level)))
                .sort(Sorts.ascending("_id")).batchSize(Scans.BATCH_SIZE).map(MongoAuditLog::household).into(new ArrayList<>());
    }

    @Override
    public long size() {
        return entries.countDocuments();
    }

    private static AuditedHousehold household(Document d) {
        Number entries = d.get("entries", Number.class);
        return new AuditedHousehold(d.getString("_id"), d.getString("divisionCode"), entries == null ? 0 : entries.longValue());
    }

    private static String padded(String code) {
        return code.length() >= 12 ? code : code + "0".repeat(12 - code.length());
    }

    private static String codeAt(String villageCode, DivisionLevel level) {
        return villageCode.substring(0, level.significantDigits());
    }

    private static String levelField(DivisionLevel level) {
        return "at" + level.name();
    }

    private static String link(String householdId, long position) {
        return householdId + "#" + position;
    }

    static Document toDocument(LogEntry entry) {
        AuditedEvent e = entry.event();
        Document document = new Document("_id", e.eventId())
                .append("logPosition", entry.logPosition())
                .append("logPreviousHash", entry.logPreviousHash())
                .append("logHash", entry.logHash())
                .append("householdId", e.householdId())
                .append("householdPosition", entry.householdPosition())
                .append("householdPreviousHash", entry.householdPreviousHash())
                .append("householdHash", entry.householdHash())
                .append("topic", e.topic())
                .append("source", e.source())
                .append("type", e.type())
                .append("subject", e.subject())
                .append("sequence", e.sequence())
                .append("aggregateType", e.aggregateType())
                .append("divisionCode", e.divisionCode())
                .append("actorId", e.actorId())
                .append("actorRole", e.actorRole())
                .append("actorLevel", e.actorLevel())
                .append("actorJurisdiction", e.actorJurisdiction())
                .append("correlationId", e.correlationId())
                .append("recordedAt", e.recordedAt().toString())
                .append("effectiveOn", e.effectiveOn() == null ? null : e.effectiveOn().toString())
                .append("receivedAt", e.receivedAt() == null ? null : e.receivedAt().toString())
                .append("body", e.body());
        if (e.householdId() != null && entry.householdPosition() != null) {
            document.append(HOUSEHOLD_LINK, link(e.householdId(), entry.householdPosition()));
        }
        return document;
    }

    public static LogEntry fromDocument(Document d) {
        String effectiveOn = d.getString("effectiveOn");
        String receivedAt = d.getString("receivedAt");
        Number sequence = d.get("sequence", Number.class);
        Number householdPosition = d.get("householdPosition", Number.class);
        AuditedEvent event = new AuditedEvent(d.getString("_id"), d.getString("topic"), d.getString("source"),
                d.getString("type"), d.getString("subject"), sequence == null ? null : sequence.longValue(),
                d.getString("aggregateType"), d.getString("householdId"), d.getString("divisionCode"),
                d.getString("actorId"), d.getString("actorRole"), d.getString("actorLevel"),
                d.getString("actorJurisdiction"), d.getString("correlationId"), Instant.parse(d.getString("recordedAt")),
                effectiveOn == null ? null : LocalDate.parse(effectiveOn), d.getString("body"),
                receivedAt == null ? null : Instant.parse(receivedAt));
        return new LogEntry(event, d.get("logPosition", Number.class).longValue(), d.getString("logPreviousHash"),
                d.getString("logHash"), householdPosition == null ? null : householdPosition.longValue(),
                d.getString("householdPreviousHash"), d.getString("householdHash"));
    }
}
