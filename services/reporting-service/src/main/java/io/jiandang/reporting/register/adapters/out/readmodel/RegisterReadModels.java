package io.jiandang.reporting.register.adapters.out.readmodel;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import io.jiandang.readmodel.ProjectionLedger;
import io.jiandang.reporting.register.application.RegisterStore;
import io.jiandang.reporting.register.domain.ExitPlanTargets;
import io.jiandang.reporting.register.domain.HouseholdTimeline;
import org.bson.Document;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The versions of the register read model: the active one answers queries; a rebuild fills the next version
 * beside it. A pointer document ({@code read_model_pointers/register}) names the active version; switching it is
 * one document write, so readers move from the old model to the new one at once.
 */
public class RegisterReadModels implements RegisterStore {

    static final String POINTERS = "read_model_pointers";
    private final MongoDatabase database;
    private final Clock clock;
    private final MongoCollection<Document> pointers;
    private volatile Version active;

    /** A version of the read model with the ledger that tracks what it has seen. */
    public record Version(int number, MongoRegisterStore store, ProjectionLedger ledger) {
    }

    public RegisterReadModels(MongoDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.pointers = database.getCollection(POINTERS);
        Document pointer = pointers.find(Filters.eq("_id", "register")).first();
        int number = pointer == null ? 1 : pointer.getInteger("active");
        this.active = version(number);
        if (pointer == null) {
            pointers.replaceOne(Filters.eq("_id", "register"), new Document("_id", "register").append("active", number),
                    new ReplaceOptions().upsert(true));
        }
    }

    public Version version(int number) {
        String name = "register_v" + number;
        return new Version(number, new MongoRegisterStore(database, name), new ProjectionLedger(database, name, clock));
    }

    /** Drops a version's documents and its ledger (an abandoned or superseded rebuild). */
    public void wipe(Version version) {
        version.store().drop();
        String name = "register_v" + version.number();
        for (String suffix : List.of("_cursors", "_parked", "_processed", "_positions")) {
            database.getCollection(name + suffix).drop();
        }
        database.getCollection(ProjectionLedger.GAPS).deleteMany(Filters.eq("projection", name));
    }

    public Version active() {
        return active;
    }

    /** Makes the version the one that answers: the pointer document first, then this instance. */
    public synchronized void activate(Version next) {
        pointers.replaceOne(Filters.eq("_id", "register"), new Document("_id", "register").append("active", next.number()),
                new ReplaceOptions().upsert(true));
        this.active = next;
    }

    @Override
    public Optional<HouseholdTimeline> find(String householdId) {
        return active.store().find(householdId);
    }

    @Override
    public void save(HouseholdTimeline timeline) {
        active.store().save(timeline);
    }

    @Override
    public List<HouseholdTimeline> within(String divisionCode) {
        return active.store().within(divisionCode);
    }

    @Override
    public void saveClassThresholds(int policyVersion, Map<String, BigDecimal> thresholds) {
        active.store().saveClassThresholds(policyVersion, thresholds);
    }

    @Override
    public Map<Integer, Map<String, BigDecimal>> classThresholds() {
        return active.store().classThresholds();
    }

    @Override
    public void saveExitPlan(ExitPlanTargets plan) {
        active.store().saveExitPlan(plan);
    }

    @Override
    public List<ExitPlanTargets> exitPlans() {
        return active.store().exitPlans();
    }
}
