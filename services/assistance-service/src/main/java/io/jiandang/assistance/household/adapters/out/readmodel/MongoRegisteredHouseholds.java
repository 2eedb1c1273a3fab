package io.jiandang.assistance.household.adapters.out.readmodel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import io.jiandang.assistance.household.application.RegisteredHousehold;
import io.jiandang.assistance.household.application.RegisteredHouseholds;
import io.jiandang.assistance.povertyclass.application.PovertyClassAssessment;
import io.jiandang.contracts.registration.HouseholdEvent;
import io.jiandang.envelope.EventEnvelope;
import io.jiandang.readmodel.ContractEvents;
import io.jiandang.readmodel.KafkaBatches;
import io.jiandang.readmodel.ProjectionLedger;
import io.jiandang.readmodel.ViewBatch;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Decimal128;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The local view of the registration context's households in collection {@code registered_households}, fed
 * from {@code registration.events}. When a registered household's score changes, its poverty class is
 * reassessed (a command to this service's own aggregate; repeating it after a redelivery changes nothing).
 */
public class MongoRegisteredHouseholds implements RegisteredHouseholds {

    static final String COLLECTION = "registered_households";

    private final MongoCollection<Document> views;
    private final ObjectMapper objectMapper;
    private final ContractEvents events;
    private final RegisteredHouseholdProjector projector = new RegisteredHouseholdProjector();
    private final PovertyClassAssessment assessment;

    public MongoRegisteredHouseholds(MongoDatabase database, ObjectMapper objectMapper,
                                     PovertyClassAssessment assessment) {
        this.views = database.getCollection(COLLECTION);
        this.objectMapper = objectMapper;
        this.events = new ContractEvents(objectMapper);
        this.assessment = assessment;
        views.createIndex(Indexes.ascending("status", "divisionCode"));
    }

    /** Applies one event from the topic; events that are not about a household leave the view alone. */
    public void apply(EventEnvelope envelope) {
        HouseholdEvent event = events.read(envelope, HouseholdEvent.class).orElse(null);
        if (event == null) {
            return;
        }
        RegisteredHousehold after = applied(find(event.householdId()).orElse(null), event, envelope);
        views.replaceOne(Filters.eq("_id", after.householdId()), toDocument(after), new ReplaceOptions().upsert(true));
    }

    /**
     * Applies a poll's records through the ledger's batch rules: the households the events name are read in one query,
     * folded in memory, and the changed ones written in one bulk write (issue 8: several round trips per event made
     * this view lag far behind registration in a simulation).
     */
    public void applyBatch(ProjectionLedger ledger, List<KafkaBatches.Positioned> records) {
        Map<String, HouseholdEvent> parsed = new HashMap<>();
        for (EventEnvelope envelope : KafkaBatches.events(records)) {
            HouseholdEvent event = events.read(envelope, HouseholdEvent.class).orElse(null);
            if (event != null) {
                parsed.put(envelope.id(), event);
            }
        }
        ViewBatch<RegisteredHousehold> batch = new ViewBatch<>(views, MongoRegisteredHouseholds::fromDocument,
                MongoRegisteredHouseholds::toDocument, parsed.values().stream().map(HouseholdEvent::householdId).distinct().toList());
        KafkaBatches.fold(ledger, records, envelope -> {
            // a parked event from an earlier poll is not among the parsed ones
            HouseholdEvent event = parsed.containsKey(envelope.id()) ? parsed.get(envelope.id()) :
                    events.read(envelope, HouseholdEvent.class).orElse(null);
            if (event != null) {
                RegisteredHousehold after = applied(batch.get(event.householdId()).orElse(null), event, envelope);
                batch.put(after.householdId(), after);
            }
        }, batch::write);
    }

    private RegisteredHousehold applied(RegisteredHousehold before, HouseholdEvent event, EventEnvelope envelope) {
        RegisteredHousehold after = projector.apply(before, event, envelope.sequence() == null ? 0 : envelope.sequence());
        // assessed before the view is written: if the assessment fails, the redelivered event still sees the change
        // (assessing twice is harmless: the same class records nothing)
        if (RegisteredHouseholdProjector.classMayHaveChanged(before, after)) {
            assessment.assess(after, envelope.id(), envelope.effectiveOn());
        }
        return after;
    }


    @Override
    public Optional<RegisteredHousehold> find(String householdId) {
        return Optional.ofNullable(views.find(Filters.eq("_id", householdId)).first()).map(MongoRegisteredHouseholds::fromDocument);
    }

    @Override
    public List<RegisteredHousehold> registeredWithin(String divisionPrefix, Collection<String> except, int limit) {
        Bson filter = Filters.and(Filters.eq("status", RegisteredHousehold.Status.REGISTERED.name()),
                Filters.regex("divisionCode", "^" + Pattern.quote(divisionPrefix)),
                Filters.nin("_id", except));
        return views.find(filter).sort(Sorts.ascending("_id")).limit(limit)
                .map(MongoRegisteredHouseholds::fromDocument).into(new ArrayList<>());
    }

    @Override
    public List<RegisteredHousehold> registeredAfter(String afterHouseholdId, int limit) {
        Bson registered = Filters.eq("status", RegisteredHousehold.Status.REGISTERED.name());
        // flat (no $and): a real MongoDB serves the _id range from its index; the wire server scans either way
        Bson filter = afterHouseholdId == null ? registered
                : new Document("status", RegisteredHousehold.Status.REGISTERED.name()).append("_id", new Document("$gt", afterHouseholdId));
        return views.find(filter).sort(Sorts.ascending("_id")).limit(limit)
                .map(MongoRegisteredHouseholds::fromDocument).into(new ArrayList<>());
    }

    private static Document toDocument(RegisteredHousehold view) {
        return new Document("_id", view.householdId())
                .append("divisionCode", view.divisionCode())
                .append("status", view.status().name())
                .append("score", view.score() == null ? null : new Decimal128(view.score()))
                .append("members", view.members())
                .append("lastSequence", view.lastSequence());
    }

    private static RegisteredHousehold fromDocument(Document d) {
        Object score = d.get("score");
        BigDecimal value = score instanceof Decimal128 dec ? dec.bigDecimalValue()
                : score instanceof Number n ? new BigDecimal(n.toString()) : null;
        Number sequence = d.get("lastSequence", Number.class);
        return new RegisteredHousehold(d.getString("_id"), d.getString("divisionCode"),
                RegisteredHousehold.Status.valueOf(d.getString("status")), value, d.getInteger("members", 0),
                sequence == null ? 0 : sequence.longValue());
    }

}
