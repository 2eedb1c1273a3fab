package io.jiandang.exit.facts.adapters.out.readmodel;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import com.mongodb.client.model.Updates;
import io.jiandang.contracts.assistance.HouseholdAssistanceEvent;
import io.jiandang.contracts.assistance.HouseholdPairedEvent;
import io.jiandang.contracts.assistance.HouseholdRepairedEvent;
import io.jiandang.contracts.assistance.PairingEndedEvent;
import io.jiandang.contracts.assistance.YearlyNetIncomePerHeadChangedEvent;
import io.jiandang.contracts.exit.HouseholdExitAssessedEvent;
import io.jiandang.contracts.exit.HouseholdExitRejectedEvent;
import io.jiandang.contracts.exit.HouseholdExitedEvent;
import io.jiandang.contracts.registration.HouseholdChange;
import io.jiandang.contracts.registration.HouseholdRegisteredEvent;
import io.jiandang.contracts.registration.HouseholdRemovedEvent;
import io.jiandang.contracts.registration.HouseholdSurveyedEvent;
import io.jiandang.contracts.registration.HouseholdUpdatedEvent;
import io.jiandang.contracts.registration.ProtectedMember;
import io.jiandang.contracts.relapse.RelapseApprovedEvent;
import io.jiandang.exit.facts.domain.DivisionFigures;
import io.jiandang.exit.facts.domain.HouseholdFacts;
import io.jiandang.exit.facts.domain.PovertyStatus;
import io.jiandang.exit.facts.domain.RegisterFacts;
import io.jiandang.exit.facts.domain.YearlyIncome;
import io.jiandang.readmodel.Scans;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The local view of the register in MongoDB ({@code household_facts}, one document per household), fed from
 * {@code registration.events} (village, members, registered, removed), {@code assistance.events} (paired cadres,
 * yearly income), {@code exit.events} (exited) and {@code relapse.events} (poor again).
 *
 * <p>The topics are read by separate bindings, so one household's document is written from several threads:
 * every event changes only its own fields with field-level updates ($set, $addToSet, $pull), never by replacing
 * the document, and members are a set of member ids, so re-applying an event changes nothing.
 */
public class MongoRegisterFacts implements RegisterFacts {

    static final String COLLECTION = "household_facts";
    /** Set by the survey; a status set by a later event takes precedence. */
    private static final String SURVEYED = "surveyed";
    /** The open exit as the one key of a map ({@code {<exitId>: true}}). */
    private static final String OPEN_EXIT = "openExit";

    private final MongoCollection<Document> facts;
    /** Writes waiting for {@link #flush()} in a batched copy; {@code null}: each write goes at once. */
    private final List<WriteModel<Document>> pending;

    public MongoRegisterFacts(MongoDatabase database) {
        this.facts = database.getCollection(COLLECTION);
        this.pending = null;
        facts.createIndex(Indexes.ascending("villageCode"));
        facts.createIndex(Indexes.ascending("countyCode"));
    }

    private MongoRegisterFacts(MongoCollection<Document> facts, List<WriteModel<Document>> pending) {
        this.facts = facts;
        this.pending = pending;
    }

    /**
     * A copy whose writes wait for {@link #flush()}, which sends them in one ordered bulk write: a poll's events in one
     * round trip (issue 8), in the order applied, so one household's updates build on each other as they would one by one.
     */
    public MongoRegisterFacts batched() {
        return new MongoRegisterFacts(facts, new ArrayList<>());
    }

    /** Sends a batched copy's waiting writes. */
    public void flush() {
        if (pending != null && !pending.isEmpty()) {
            facts.bulkWrite(List.copyOf(pending), new BulkWriteOptions().ordered(true));
            pending.clear();
        }
    }

    /** Applies a registration event. */
    public void onRegistration(Object event) {
        if (event instanceof HouseholdSurveyedEvent e) {
            update(e.householdId(), Updates.combine(division(e.divisionCode()),
                    Updates.addEachToSet("memberIds", e.members().stream().map(ProtectedMember::memberId).toList())));
            // a mark, not a status: later statuses (registered, exited) are never taken back by a redelivery, and the
            // update finds its document by _id alone (the wire server uses an index only for a filter of exactly _id)
            update(e.householdId(), Updates.set(SURVEYED, true));
        } else if (event instanceof HouseholdRegisteredEvent e) {
            update(e.householdId(), Updates.combine(division(e.divisionCode()),
                    Updates.set("status", PovertyStatus.REGISTERED.name()), Updates.set("registeredPeople", e.people())));
        } else if (event instanceof HouseholdRemovedEvent e) {
            update(e.householdId(), Updates.set("status", PovertyStatus.REMOVED.name()));
        } else if (event instanceof HouseholdUpdatedEvent e) {
            if (e.change() instanceof HouseholdChange.MemberJoined joined) {
                update(e.householdId(), Updates.addToSet("memberIds", joined.member().memberId()));
            } else if (e.change() instanceof HouseholdChange.MemberLeft left) {
                update(e.householdId(), Updates.pull("memberIds", left.memberId()));
            }
        }
    }

    /** Applies an assistance event. */
    public void onAssistance(Object event) {
        if (!(event instanceof HouseholdAssistanceEvent household)) {
            return;
        }
        if (event instanceof HouseholdPairedEvent e) {
            update(e.householdId(), Updates.combine(division(e.divisionCode()), Updates.addToSet("cadres", e.cadreId())));
        } else if (event instanceof HouseholdRepairedEvent e) {
            update(e.householdId(), Updates.pull("cadres", e.previousCadreId()));
            update(e.householdId(), Updates.addToSet("cadres", e.cadreId()));
        } else if (event instanceof PairingEndedEvent e) {
            update(e.householdId(), Updates.pull("cadres", e.cadreId()));
        } else if (event instanceof YearlyNetIncomePerHeadChangedEvent e) {
            update(household.householdId(), Updates.combine(division(e.divisionCode()),
                    Updates.set("incomes." + e.year(), new Document("netIncomePerHead", e.netIncomePerHead().toPlainString())
                            .append("monthsCounted", e.monthsCounted()))));
        }
    }

    /** Applies an event of this service's own topic. */
    public void onExit(Object event) {
        if (event instanceof HouseholdExitAssessedEvent e) {
            // the open exit is the one key of a map, so that a rejection closes only its own exit by _id alone
            update(e.householdId(), Updates.set(OPEN_EXIT, new Document(e.exitId(), true)));
        } else if (event instanceof HouseholdExitRejectedEvent e) {
            update(e.householdId(), Updates.unset(OPEN_EXIT + "." + e.exitId()));
        } else if (event instanceof HouseholdExitedEvent e) {
            update(e.householdId(), Updates.combine(Updates.set("status", PovertyStatus.EXITED.name()),
                    Updates.set("exitId", e.exitId()), Updates.set("exitYear", e.exitYear()), Updates.unset(OPEN_EXIT)));
        }
    }

    /** Applies a relapse event. */
    public void onRelapse(Object event) {
        if (event instanceof RelapseApprovedEvent e) {
            update(e.householdId(), Updates.set("status", PovertyStatus.POOR_AGAIN.name()));
        }
    }

    @Override
    public Optional<HouseholdFacts> household(String householdId) {
        return Optional.ofNullable(facts.find(Filters.eq("_id", householdId)).first()).map(MongoRegisterFacts::toFacts);
    }

    @Override
    public DivisionFigures figures(String divisionCode) {
        int population = 0;
        int poor = 0;
        for (Document d : facts.find(inDivision(divisionCode)).batchSize(Scans.BATCH_SIZE)) {
            PovertyStatus status = status(d);
            if (status == null) {
                continue;
            }
            int people = people(d);
            population += people;
            if (status.isPoor()) {
                poor += people;
            }
        }
        return new DivisionFigures(divisionCode, population, poor);
    }

    /** The people who exited in a county toward a plan year (the plan's progress). */
    public int exitedPeople(String countyCode, int year) {
        int people = 0;
        for (Document d : facts.find(Filters.and(Filters.eq("countyCode", countyCode), Filters.eq("exitYear", year)))) {
            people += people(d);
        }
        return people;
    }

    /** The members known by id (survey, joins, leaves), or the count at registration when the survey was not seen. */
    private static int people(Document d) {
        int members = d.getList("memberIds", String.class, List.of()).size();
        Integer registered = d.getInteger("registeredPeople");
        return members > 0 || registered == null ? members : registered;
    }

    private static Bson inDivision(String code) {
        return code.length() == 6 ? Filters.eq("countyCode", code) : Filters.eq("villageCode", code);
    }

    private static Bson division(String villageCode) {
        return Updates.combine(Updates.set("villageCode", villageCode), Updates.set("countyCode", villageCode.substring(0, 6)));
    }

    private void update(String householdId, Bson update) {
        write(new UpdateOneModel<>(Filters.eq("_id", householdId), update, new UpdateOptions().upsert(true)));
    }

    private void write(UpdateOneModel<Document> update) {
        if (pending != null) {
            pending.add(update);
        } else {
            facts.updateOne(update.getFilter(), update.getUpdate(), update.getOptions());
        }
    }

    private static HouseholdFacts toFacts(Document d) {
        Map<Integer, YearlyIncome> incomes = new HashMap<>();
        Document byYear = d.get("incomes", Document.class);
        if (byYear != null) {
            byYear.forEach((year, value) -> {
                Document income = (Document) value;
                incomes.put(Integer.valueOf(year), new YearlyIncome(new BigDecimal(income.getString("netIncomePerHead")),
                        income.getInteger("monthsCounted")));
            });
        }
        Document open = d.get(OPEN_EXIT, Document.class);
        String openExitId = open == null || open.isEmpty() ? null : open.keySet().iterator().next();
        return new HouseholdFacts(d.getString("_id"), d.getString("villageCode"), status(d), people(d),
                new HashSet<>(d.getList("cadres", String.class, List.of())), incomes, openExitId);
    }

    /** The status set by a later event, else surveyed when the survey was seen, else none. */
    private static PovertyStatus status(Document d) {
        String status = d.getString("status");
        if (status != null) {
            return PovertyStatus.valueOf(status);
        }
        return Boolean.TRUE.equals(d.getBoolean(SURVEYED)) ? PovertyStatus.SURVEYED : null;
    }
}
