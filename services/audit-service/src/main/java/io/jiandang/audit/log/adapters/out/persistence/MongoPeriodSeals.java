package io.jiandang.audit.log.adapters.out.persistence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import io.jiandang.audit.log.application.PeriodSeals;
import io.jiandang.audit.log.domain.PeriodSeal;
import org.bson.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Period seals in {@value #SEALS}, one document per period ({@code _id}), inserted once. */
public class MongoPeriodSeals implements PeriodSeals {

    public static final String SEALS = "audit_period_seals";
    private final MongoCollection<Document> seals;

    public MongoPeriodSeals(MongoDatabase database) {
        this.seals = database.getCollection(SEALS);
    }

    @Override
    public Optional<PeriodSeal> find(String period) {
        return Optional.ofNullable(seals.find(Filters.eq("_id", period)).first()).map(MongoPeriodSeals::seal);
    }

    @Override
    public void record(PeriodSeal seal) {
        seals.insertOne(new Document("_id", seal.period()).append("logPosition", seal.logPosition())
                .append("logHash", seal.logHash()).append("sealedAt", seal.sealedAt().toString())
                .append("sealedBy", seal.sealedBy()).append("sealedByRole", seal.sealedByRole()));
    }

    @Override
    public List<PeriodSeal> all() {
        return seals.find().sort(Sorts.ascending("logPosition")).map(MongoPeriodSeals::seal).into(new ArrayList<>());
    }

    private static PeriodSeal seal(Document d) {
        return new PeriodSeal(d.getString("_id"), d.get("logPosition", Number.class).longValue(), d.getString("logHash"),
                Instant.parse(d.getString("sealedAt")), d.getString("sealedBy"), d.getString("sealedByRole"));
    }
}
