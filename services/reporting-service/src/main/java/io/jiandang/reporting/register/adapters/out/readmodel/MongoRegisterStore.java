package io.jiandang.reporting.register.adapters.out.readmodel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import io.jiandang.readmodel.BulkUpserts;
import io.jiandang.readmodel.Scans;
import io.jiandang.reporting.register.application.DivisionCodes;
import io.jiandang.reporting.register.application.RegisterStore;
import io.jiandang.reporting.register.domain.ExitPlanTargets;
import io.jiandang.reporting.register.domain.HouseholdTimeline;
import org.bson.Document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The consolidated register in MongoDB: one document per household in {@code <name>_households} with its
 * timeline of facts and its ancestors' codes (region, city, county, township, village), each indexed, so that a
 * division of any level is one equality query; class thresholds per policy version in {@code <name>_policies}.
 * {@code name} carries the read model's version ({@code register_v1}, ...) so a rebuild writes beside the live one.
 */
public class MongoRegisterStore implements RegisterStore {

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private final MongoCollection<Document> households;
    private final MongoCollection<Document> policies;
    private final MongoCollection<Document> exitPlans;
    private final String name;

    public MongoRegisterStore(MongoDatabase database, String name) {
        this.name = name;
        this.households = database.getCollection(name + "_households");
        this.policies = database.getCollection(name + "_policies");
        this.exitPlans = database.getCollection(name + "_exit_plans");
        for (String field : List.of("regionCode", "cityCode", "countyCode", "townshipCode", "villageCode")) {
            households.createIndex(Indexes.ascending(field));
        }
    }

    public String name() {
        return name;
    }

    @Override
    public Optional<HouseholdTimeline> find(String householdId) {
        return Optional.ofNullable(households.find(Filters.eq("_id", householdId)).first()).map(MongoRegisterStore::fromDocument);
    }

    @Override
    public void save(HouseholdTimeline timeline) {
        Document document = toDocument(timeline);
        households.replaceOne(Filters.eq("_id", timeline.householdId()), document, new ReplaceOptions().upsert(true));
    }

    /** One query for all of them (a batch's households). */
    @Override
    public Map<String, HouseholdTimeline> findAll(Collection<String> householdIds) {
        Map<String, HouseholdTimeline> found = new HashMap<>();
        if (householdIds.isEmpty()) {
            return found;
        }
        for (Document d : households.find(Filters.in("_id", householdIds))) {
            HouseholdTimeline timeline = fromDocument(d);
            found.put(timeline.householdId(), timeline);
        }
        return found;
    }

    /** Unordered bulk replaces by {@code _id} (platform/readmodel's BulkUpserts). */
    @Override
    public void saveAll(Collection<HouseholdTimeline> timelines) {
        if (!timelines.isEmpty()) {
            BulkUpserts.upsertAll(households, timelines.stream().map(MongoRegisterStore::toDocument).toList());
        }
    }

    private static Document toDocument(HouseholdTimeline timeline) {
        Document document;
        try {
            document = Document.parse(JSON.writeValueAsString(timeline));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write household " + timeline.householdId(), e);
        }
        document.put("_id", timeline.householdId());
        if (timeline.villageCode() != null) {
            DivisionCodes.ancestorsOf(timeline.villageCode()).forEach(document::put);
        }
        return document;
    }

    @Override
    public List<HouseholdTimeline> within(String divisionCode) {
        String field = DivisionCodes.field(DivisionCodes.levelOf(divisionCode));
        return households.find(Filters.eq(field, divisionCode)).batchSize(Scans.BATCH_SIZE)
                .map(MongoRegisterStore::fromDocument).into(new ArrayList<>());
    }

    public long count() {
        return households.countDocuments();
    }

    @Override
    public void saveClassThresholds(int policyVersion, Map<String, BigDecimal> thresholds) {
        Document values = new Document();
        thresholds.forEach((k, v) -> values.append(k, v.toPlainString()));
        policies.replaceOne(Filters.eq("_id", policyVersion), new Document("_id", policyVersion).append("thresholds", values),
                new ReplaceOptions().upsert(true));
    }

    @Override
    public Map<Integer, Map<String, BigDecimal>> classThresholds() {
        Map<Integer, Map<String, BigDecimal>> result = new HashMap<>();
        for (Document d : policies.find()) {
            Map<String, BigDecimal> values = new TreeMap<>();
            d.get("thresholds", Document.class).forEach((k, v) -> values.put(k, new BigDecimal(v.toString())));
            result.put(d.getInteger("_id"), values);
        }
        return result;
    }

    @Override
    public void saveExitPlan(ExitPlanTargets plan) {
        Document document;
        try {
            document = Document.parse(JSON.writeValueAsString(plan));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write exit plan " + plan.planId(), e);
        }
        document.put("_id", plan.eventId());
        exitPlans.replaceOne(Filters.eq("_id", plan.eventId()), document, new ReplaceOptions().upsert(true));
    }

    @Override
    public List<ExitPlanTargets> exitPlans() {
        List<ExitPlanTargets> result = new ArrayList<>();
        for (Document d : exitPlans.find()) {
            d.remove("_id");
            try {
                result.add(JSON.readValue(d.toJson(), ExitPlanTargets.class));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("unreadable exit plan " + d.get("eventId"), e);
            }
        }
        return result;
    }

    /** Drops this version's collections (an abandoned or superseded rebuild). */
    public void drop() {
        households.drop();
        policies.drop();
        exitPlans.drop();
    }

    private static HouseholdTimeline fromDocument(Document document) {
        Document copy = new Document();
        copy.put("householdId", document.get("householdId"));
        copy.put("villageCode", document.get("villageCode"));
        copy.put("facts", document.get("facts"));
        try {
            return JSON.readValue(copy.toJson(), HouseholdTimeline.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable household " + document.get("_id"), e);
        }
    }
}
