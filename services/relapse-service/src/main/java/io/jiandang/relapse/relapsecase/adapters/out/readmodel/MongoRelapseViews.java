package io.jiandang.relapse.relapsecase.adapters.out.readmodel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.jiandang.contracts.relapse.RelapseCaseEvent;
import io.jiandang.envelope.EventEnvelope;
import io.jiandang.envelope.EventTypes;
import io.jiandang.relapse.relapsecase.api.RelapseCaseStatus;
import io.jiandang.relapse.relapsecase.application.HouseholdRelapseStanding;
import io.jiandang.relapse.relapsecase.application.RelapseCaseView;
import io.jiandang.relapse.relapsecase.application.RelapseViews;
import io.jiandang.relapse.relapsecase.domain.HouseholdEligibility;
import io.jiandang.relapse.relapsecase.domain.HouseholdStanding;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The relapse read model in MongoDB, fed from {@code registration.events}, {@code exit.events} and
 * {@code relapse.events}: one document per household ({@code household_relapse_standing}) and one per case
 * ({@code relapse_cases}). Lookups go by {@code _id}; open cases filter on the indexed {@code status} field.
 * Also the command side's eligibility view ({@link HouseholdEligibility}): who is registered and has exited.
 *
 * <p>The binding reads each topic on its own consumer thread, so events of one household from two topics can be
 * applied at once: a standing is therefore written field by field ({@code $set} of the fields the event changed),
 * and each field has one topic that writes it (registration: registered/removed; exit: the exit; relapse: the
 * cases), so no update is lost. Two threads creating the same standing at once may meet on its {@code _id}; the
 * loser's write fails, the binding retries the record and the ledger applies it again (ADR 0003). A case document
 * is written by the relapse topic alone and replaced whole.
 */
public class MongoRelapseViews implements RelapseViews, HouseholdEligibility {

    static final String STANDING = "household_relapse_standing";
    static final String CASES = "relapse_cases";
    private static final Logger log = LoggerFactory.getLogger(MongoRelapseViews.class);
    /** The contract package of each context whose events this read model follows. */
    private static final Map<String, String> CONTRACTS = Map.of(
            "registration", "io.jiandang.contracts.registration.",
            "exit", "io.jiandang.contracts.exit.",
            "relapse", "io.jiandang.contracts.relapse.");

    private final MongoCollection<Document> standings;
    private final MongoCollection<Document> cases;
    private final ObjectMapper objectMapper;
    private final HouseholdStandingProjector standingProjector = new HouseholdStandingProjector();
    private final RelapseCaseViewProjector caseProjector = new RelapseCaseViewProjector();

    public MongoRelapseViews(MongoDatabase database, ObjectMapper objectMapper) {
        this.standings = database.getCollection(STANDING);
        this.cases = database.getCollection(CASES);
        this.objectMapper = objectMapper;
        cases.createIndex(Indexes.ascending("status"));
        cases.createIndex(Indexes.ascending("householdId"));
    }

    /** Applies one event from a topic; events no view follows are skipped. */
    public void apply(EventEnvelope envelope) {
        Class<?> type = contractClass(envelope.type());
        if (type == null) {
            return;
        }
        Object event;
        try {
            event = objectMapper.readValue(envelope.data(), type);
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable " + envelope, e);
        }
        String householdId = HouseholdStandingProjector.householdOf(event);
        if (householdId != null) {
            // from an empty standing when there is none yet, so that only the fields this event changed are set:
            // another topic's thread may be creating the same document at this moment
            HouseholdRelapseStanding current = findHousehold(householdId)
                    .orElseGet(() -> HouseholdRelapseStanding.none(householdId));
            HouseholdRelapseStanding next = standingProjector.apply(current, event);
            if (next != current) {
                setChangedFields(householdId, current, next);
            }
        }
        if (event instanceof RelapseCaseEvent caseEvent) {
            RelapseCaseView current = findCase(caseEvent.caseId()).orElse(null);
            RelapseCaseView next = caseProjector.apply(current, caseEvent,
                    envelope.sequence() == null ? 0 : envelope.sequence());
            replace(cases, next.caseId(), next);
        }
    }

    @Override
    public Optional<RelapseCaseView> findCase(String caseId) {
        return Optional.ofNullable(cases.find(Filters.eq("_id", caseId)).first())
                .map(d -> read(d, RelapseCaseView.class));
    }

    @Override
    public Optional<HouseholdRelapseStanding> findHousehold(String householdId) {
        return Optional.ofNullable(standings.find(Filters.eq("_id", householdId)).first())
                .map(d -> read(d, HouseholdRelapseStanding.class));
    }

    @Override
    public List<RelapseCaseView> openCasesWithin(String divisionPrefix) {
        return cases.find(Filters.eq("status", RelapseCaseStatus.OPEN.name()))
                .map(d -> read(d, RelapseCaseView.class)).into(new ArrayList<>()).stream()
                .filter(c -> c.villageCode() != null && c.villageCode().startsWith(divisionPrefix))
                .toList();
    }

    @Override
    public Optional<HouseholdStanding> standing(String householdId) {
        return findHousehold(householdId)
                .filter(s -> s.villageCode() != null)
                .map(s -> new HouseholdStanding(s.householdId(), s.villageCode(), s.registered(), s.removed(),
                        s.exitId(), s.exitedOn()));
    }

    private void setChangedFields(String householdId, HouseholdRelapseStanding current, HouseholdRelapseStanding next) {
        Document before = toDocument(current);
        Document after = toDocument(next);
        List<Bson> changes = new ArrayList<>();
        for (Map.Entry<String, Object> field : after.entrySet()) {
            if (!before.containsKey(field.getKey())
                    || !java.util.Objects.equals(before.get(field.getKey()), field.getValue())) {
                changes.add(Updates.set(field.getKey(), field.getValue()));
            }
        }
        if (!changes.isEmpty()) {
            standings.updateOne(Filters.eq("_id", householdId), Updates.combine(changes),
                    new UpdateOptions().upsert(true));
        }
    }

    private Document toDocument(Object view) {
        try {
            return Document.parse(objectMapper.writeValueAsString(view));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the view " + view, e);
        }
    }

    private void replace(MongoCollection<Document> collection, String id, Object view) {
        try {
            Document document = Document.parse(objectMapper.writeValueAsString(view));
            document.put("_id", id);
            collection.replaceOne(Filters.eq("_id", id), document, new ReplaceOptions().upsert(true));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the view " + id, e);
        }
    }

    private <T> T read(Document document, Class<T> type) {
        Document copy = new Document(document);
        copy.remove("_id");
        try {
            return objectMapper.readValue(copy.toJson(), type);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable view " + document.get("_id"), e);
        }
    }

    private static Class<?> contractClass(String type) {
        String contracts;
        try {
            contracts = CONTRACTS.get(EventTypes.contextOf(type));
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (contracts == null) {
            return null;
        }
        try {
            return Class.forName(contracts + EventTypes.nameOf(type) + "Event");
        } catch (ClassNotFoundException e) {
            log.debug("no contract class for {}", type);
            return null;
        }
    }
}
