package io.jiandang.registration.household.adapters.out.readmodel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import io.jiandang.contracts.registration.HouseholdEvent;
import io.jiandang.contracts.registration.HouseholdSurveyedEvent;
import io.jiandang.envelope.EventEnvelope;
import io.jiandang.readmodel.ContractEvents;
import io.jiandang.readmodel.KafkaBatches;
import io.jiandang.readmodel.ViewBatch;
import io.jiandang.readmodel.ProjectionLedger;
import io.jiandang.readmodel.Scans;
import io.jiandang.registration.household.api.HouseholdStatus;
import io.jiandang.registration.household.application.HouseholdView;
import io.jiandang.registration.household.application.HouseholdViews;
import io.jiandang.registration.household.application.SurveyedHousehold;
import org.bson.Document;

import java.io.IOException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The household read model in MongoDB: one document per household ({@code household_views}, by id), fed from
 * {@code registration.events}. Lookups go by {@code _id}; the village and county lists filter on two indexed
 * fields (mongo-java-server scans for them, a real MongoDB uses the indexes).
 */
public class MongoHouseholdViews implements HouseholdViews {

    static final String COLLECTION = "household_views";
    private static final Set<HouseholdStatus> RANKABLE =
            EnumSet.of(HouseholdStatus.SURVEYED, HouseholdStatus.CANDIDATE, HouseholdStatus.REJECTED);

    private final MongoCollection<Document> views;
    private final ObjectMapper objectMapper;
    private final ContractEvents events;
    private final HouseholdViewProjector projector;

    public MongoHouseholdViews(MongoDatabase database, ObjectMapper objectMapper, HouseholdViewProjector projector) {
        this.views = database.getCollection(COLLECTION);
        this.objectMapper = objectMapper;
        this.events = new ContractEvents(objectMapper);
        this.projector = projector;
        views.createIndex(Indexes.ascending("villageCode"));
        views.createIndex(Indexes.ascending("countyCode"));
    }

    /** Applies one event from the topic; events that are not about a household leave the views alone. */
    public void apply(EventEnvelope envelope) {
        HouseholdEvent event = events.read(envelope, HouseholdEvent.class).orElse(null);
        if (event == null) {
            return;
        }
        // a survey starts the view afresh (the projector ignores what was there): no read for the commonest event
        HouseholdView current = event instanceof HouseholdSurveyedEvent ? null : find(event.householdId()).orElse(null);
        HouseholdView next = projector.apply(current, event, sequenceOf(envelope));
        views.replaceOne(Filters.eq("_id", next.householdId()), toDocument(next), new ReplaceOptions().upsert(true));
    }

    /**
     * Applies a poll's records through the ledger's batch rules (exactly once in effect, per-household order, gaps
     * parked): the views of the households the events name are read in one query, the events folded in memory, the
     * changed views written in one unordered bulk write, then the ledger and the partitions' positions. On
     * mongo-java-server this turns about seven round trips per event into a handful per poll (issue 8).
     */
    public void applyBatch(ProjectionLedger ledger, List<KafkaBatches.Positioned> records) {
        Map<String, HouseholdEvent> parsed = new HashMap<>();
        Set<String> toRead = new LinkedHashSet<>();
        for (EventEnvelope envelope : KafkaBatches.events(records)) {
            HouseholdEvent event = events.read(envelope, HouseholdEvent.class).orElse(null);
            if (event != null) {
                parsed.put(envelope.id(), event);
                if (!(event instanceof HouseholdSurveyedEvent)) {
                    toRead.add(event.householdId());
                }
            }
        }
        ViewBatch<HouseholdView> batch = new ViewBatch<>(views, this::fromDocument, this::toDocument, toRead);
        KafkaBatches.fold(ledger, records, applied -> {
            // a parked event from an earlier poll is not among the parsed ones
            HouseholdEvent event = parsed.containsKey(applied.id()) ? parsed.get(applied.id()) :
                    events.read(applied, HouseholdEvent.class).orElse(null);
            if (event == null) {
                return;
            }
            HouseholdView current = event instanceof HouseholdSurveyedEvent ? null : batch.get(event.householdId()).orElse(null);
            HouseholdView next = projector.apply(current, event, sequenceOf(applied));
            batch.put(next.householdId(), next);
        }, batch::write);
    }


    private static long sequenceOf(EventEnvelope envelope) {
        return envelope.sequence() == null ? 0 : envelope.sequence();
    }

    @Override
    public Optional<HouseholdView> find(String householdId) {
        return Optional.ofNullable(views.find(Filters.eq("_id", householdId)).first()).map(this::fromDocument);
    }

    @Override
    public List<HouseholdView> inVillage(String villageCode) {
        return views.find(Filters.eq("villageCode", villageCode)).sort(Sorts.ascending("_id"))
                .map(this::fromDocument).into(new java.util.ArrayList<>());
    }

    @Override
    public List<SurveyedHousehold> surveyedInCounty(String countyCode) {
        return views.find(Filters.eq("countyCode", countyCode)).batchSize(Scans.BATCH_SIZE).map(this::fromDocument)
                .into(new java.util.ArrayList<>()).stream()
                .filter(v -> RANKABLE.contains(v.status()))
                .map(v -> new SurveyedHousehold(v.householdId(), v.villageCode(), v.score(), v.people(), v.policyVersion()))
                .toList();
    }

    private Document toDocument(HouseholdView view) {
        try {
            Document document = Document.parse(objectMapper.writeValueAsString(view));
            document.put("_id", view.householdId());
            document.put("countyCode", view.villageCode().substring(0, 6));
            return document;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the view of " + view.householdId(), e);
        }
    }

    private HouseholdView fromDocument(Document document) {
        Document copy = new Document(document);
        copy.remove("_id");
        copy.remove("countyCode");
        try {
            return objectMapper.readValue(copy.toJson(), HouseholdView.class);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable household view " + document.get("_id"), e);
        }
    }

}
