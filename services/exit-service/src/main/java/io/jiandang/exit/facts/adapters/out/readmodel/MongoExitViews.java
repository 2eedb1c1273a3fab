package io.jiandang.exit.facts.adapters.out.readmodel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.jiandang.contracts.exit.CountyExitedEvent;
import io.jiandang.contracts.exit.ExitConfirmationSignedEvent;
import io.jiandang.contracts.exit.ExitNoticeOpenedEvent;
import io.jiandang.contracts.exit.ExitObjectionLodgedEvent;
import io.jiandang.contracts.exit.ExitObjectionResolvedEvent;
import io.jiandang.contracts.exit.ExitPlanAllocatedEvent;
import io.jiandang.contracts.exit.HouseholdExitAssessedEvent;
import io.jiandang.contracts.exit.HouseholdExitRejectedEvent;
import io.jiandang.contracts.exit.HouseholdExitedEvent;
import io.jiandang.contracts.exit.VillageExitedEvent;
import io.jiandang.contracts.relapse.RelapseAppliedEvent;
import io.jiandang.contracts.relapse.RelapseApprovedEvent;
import io.jiandang.contracts.relapse.RelapseCaseEvent;
import io.jiandang.contracts.relapse.RelapseRejectedEvent;
import io.jiandang.contracts.relapse.RelapseStepPassedEvent;
import io.jiandang.contracts.relapse.RelapseWithdrawnEvent;
import io.jiandang.exit.facts.application.ExitView;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The exit views in MongoDB, fed from {@code exit.events} and {@code relapse.events}: one document per household
 * exit ({@code exit_views}: procedure, end dates of tracking and observation, the relapse case shown against it),
 * the yearly plans ({@code exit_plans}) and the village and county exits ({@code division_exits}).
 *
 * <p>Exit and relapse events arrive on different bindings, so each writes only its own fields ($set, upsert):
 * a relapse seen before its exit still lands on the exit's document.
 */
public class MongoExitViews {

    private final MongoCollection<Document> exits;
    private final MongoCollection<Document> plans;
    private final MongoCollection<Document> divisionExits;
    private final MongoCollection<Document> relapseCases;
    private final ObjectMapper objectMapper;

    public MongoExitViews(MongoDatabase database, ObjectMapper objectMapper) {
        this.exits = database.getCollection("exit_views");
        this.plans = database.getCollection("exit_plans");
        this.divisionExits = database.getCollection("division_exits");
        this.relapseCases = database.getCollection("relapse_cases");
        this.objectMapper = objectMapper;
        exits.createIndex(Indexes.ascending("householdId"));
    }

    /** Applies an event of {@code exit.events}. */
    public void onExit(Object event) {
        if (event instanceof HouseholdExitAssessedEvent e) {
            set(e.exitId(), Updates.combine(Updates.set("householdId", e.householdId()),
                    Updates.set("villageCode", e.divisionCode()), Updates.set("status", "ASSESSED"),
                    Updates.set("exitYear", e.exitYear()), Updates.set("netIncomePerHead", e.netIncomePerHead().toPlainString()),
                    Updates.set("incomeLine", e.incomeLine().toPlainString()), Updates.set("monthsCounted", e.monthsCounted()),
                    Updates.set("criteriaVersion", e.criteriaVersion()), Updates.set("verificationTeam", e.verificationTeam())));
        } else if (event instanceof ExitConfirmationSignedEvent e) {
            set(e.exitId(), Updates.addToSet("signatures", e.signatory().name()));
        } else if (event instanceof ExitNoticeOpenedEvent e) {
            set(e.exitId(), Updates.combine(Updates.set("status", "ON_NOTICE"),
                    Updates.set("noticeOpensAt", e.opensAt().toString()), Updates.set("noticeClosesAt", e.closesAt().toString())));
        } else if (event instanceof ExitObjectionLodgedEvent e) {
            set(e.exitId(), Updates.set("objections." + e.objectionId(), new Document("text", e.text()).append("status", "OPEN")));
        } else if (event instanceof ExitObjectionResolvedEvent e) {
            set(e.exitId(), Updates.combine(Updates.set("objections." + e.objectionId() + ".status", e.upheld() ? "UPHELD" : "DISMISSED"),
                    Updates.set("objections." + e.objectionId() + ".answer", e.answer())));
        } else if (event instanceof HouseholdExitRejectedEvent e) {
            set(e.exitId(), Updates.combine(Updates.set("status", "REJECTED"), Updates.set("rejectionReason", e.reason()),
                    Updates.set("vetoCode", e.vetoCode())));
        } else if (event instanceof HouseholdExitedEvent e) {
            set(e.exitId(), Updates.combine(Updates.set("householdId", e.householdId()), Updates.set("villageCode", e.divisionCode()),
                    Updates.set("status", "EXITED"), Updates.set("exitedOn", e.exitedOn().toString()),
                    Updates.set("trackingEndsOn", e.trackingEndsOn().toString()),
                    Updates.set("observationEndsOn", e.observationEndsOn().toString())));
        } else if (event instanceof ExitPlanAllocatedEvent e) {
            plans.replaceOne(Filters.eq("_id", e.year()), json(e).append("_id", e.year()), new ReplaceOptions().upsert(true));
        } else if (event instanceof VillageExitedEvent e) {
            divisionExits.replaceOne(Filters.eq("_id", e.villageExitId()), json(e).append("_id", e.villageExitId())
                    .append("kind", "VILLAGE"), new ReplaceOptions().upsert(true));
        } else if (event instanceof CountyExitedEvent e) {
            divisionExits.replaceOne(Filters.eq("_id", e.countyExitId()), json(e).append("_id", e.countyExitId())
                    .append("kind", "COUNTY"), new ReplaceOptions().upsert(true));
        }
    }

    /** Applies an event of {@code relapse.events}: a relapse case is shown against the exit it names. */
    public void onRelapse(Object event) {
        if (!(event instanceof RelapseCaseEvent relapse)) {
            return;
        }
        if (event instanceof RelapseAppliedEvent e) {
            relapseCases.replaceOne(Filters.eq("_id", e.caseId()), new Document("_id", e.caseId()).append("exitId", e.exitId()),
                    new ReplaceOptions().upsert(true));
            set(e.exitId(), Updates.combine(Updates.set("householdId", e.householdId()), Updates.set("relapse.caseId", e.caseId()),
                    Updates.set("relapse.status", "APPLIED"), Updates.set("relapse.causes", names(e.causes()))));
        } else if (event instanceof RelapseApprovedEvent e) {
            set(e.exitId(), Updates.combine(Updates.set("householdId", e.householdId()), Updates.set("relapse.caseId", e.caseId()),
                    Updates.set("relapse.status", "APPROVED"), Updates.set("relapse.poorAgainFrom", e.poorAgainFrom().toString()),
                    Updates.set("relapse.causes", names(e.causes()))));
        } else {
            Document known = relapseCases.find(Filters.eq("_id", relapse.caseId())).first();
            if (known == null) {
                return; // a case whose application this view never saw names no exit
            }
            String exitId = known.getString("exitId");
            if (event instanceof RelapseRejectedEvent) {
                set(exitId, Updates.set("relapse.status", "REJECTED"));
            } else if (event instanceof RelapseWithdrawnEvent) {
                set(exitId, Updates.set("relapse.status", "WITHDRAWN"));
            } else if (event instanceof RelapseStepPassedEvent e) {
                set(exitId, Updates.set("relapse.lastStepPassed", e.step().name()));
            }
        }
    }

    public Optional<ExitView> exit(String exitId) {
        return Optional.ofNullable(exits.find(Filters.eq("_id", exitId)).first()).map(this::toView);
    }

    public List<ExitView> exitsOfHousehold(String householdId) {
        return exits.find(Filters.eq("householdId", householdId)).sort(Sorts.ascending("_id")).map(this::toView)
                .into(new java.util.ArrayList<>());
    }

    public Optional<Document> plan(int year) {
        return Optional.ofNullable(plans.find(Filters.eq("_id", year)).first());
    }

    public Optional<Document> divisionExit(String id) {
        return Optional.ofNullable(divisionExits.find(Filters.eq("_id", id)).first());
    }

    private ExitView toView(Document document) {
        Document copy = new Document(document);
        copy.put("exitId", copy.remove("_id"));
        try {
            return objectMapper.readValue(copy.toJson(), ExitView.class);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable exit view " + document.get("_id"), e);
        }
    }

    private Document json(Object event) {
        try {
            return Document.parse(objectMapper.writeValueAsString(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + event.getClass().getSimpleName(), e);
        }
    }

    private static List<String> names(List<? extends Enum<?>> values) {
        return values == null ? List.of() : values.stream().map(Enum::name).toList();
    }

    private void set(String exitId, Bson update) {
        exits.updateOne(Filters.eq("_id", exitId), update, new UpdateOptions().upsert(true));
    }
}
