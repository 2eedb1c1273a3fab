package io.jiandang.audit.access.adapters.out.persistence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import io.jiandang.audit.access.application.AuditQueries;
import io.jiandang.audit.access.domain.AuditQueryRecord;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Auditors' queries in {@value #QUERIES}, looked up by household or by user (indexed equality). */
public class MongoAuditQueries implements AuditQueries {

    public static final String QUERIES = "audit_queries";
    private final MongoCollection<Document> queries;

    public MongoAuditQueries(MongoDatabase database) {
        this.queries = database.getCollection(QUERIES);
        queries.createIndex(Indexes.ascending("householdId"));
        queries.createIndex(Indexes.ascending("userId"));
    }

    @Override
    public void record(AuditQueryRecord q) {
        queries.insertOne(new Document("_id", q.id()).append("userId", q.userId()).append("role", q.role())
                .append("level", q.level()).append("actorDivisionCode", q.actorDivisionCode())
                .append("householdId", q.householdId()).append("divisionCode", q.divisionCode())
                .append("query", q.query()).append("parameters", q.parameters()).append("at", q.at().toString())
                .append("outcome", q.outcome().name()));
    }

    @Override
    public List<AuditQueryRecord> ofHousehold(String householdId) {
        return find(Filters.eq("householdId", householdId));
    }

    @Override
    public List<AuditQueryRecord> ofUser(String userId) {
        return find(Filters.eq("userId", userId));
    }

    private List<AuditQueryRecord> find(Bson filter) {
        // ISO-8601 instants of one clock sort as text in time order
        return queries.find(filter).sort(Sorts.ascending("at")).map(d -> new AuditQueryRecord(d.getString("_id"),
                d.getString("userId"), d.getString("role"), d.getString("level"), d.getString("actorDivisionCode"),
                d.getString("householdId"), d.getString("divisionCode"), d.getString("query"), d.getString("parameters"),
                Instant.parse(d.getString("at")), AuditQueryRecord.Outcome.valueOf(d.getString("outcome"))))
                .into(new ArrayList<>());
    }
}
