package io.jiandang.readmodel;

import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.conversions.Bson;

/**
 * Filters on a document's {@code _id} and a further condition, written as one flat document
 * ({@code {_id: .., status: {$exists: false}}}). {@code Filters.and} renders {@code {$and: [..]}}, which MongoDB
 * optimises but mongo-java-server does not: it uses an index only for a top-level key, so each such update scanned
 * the whole collection (exit-service's register facts: one scan per surveyed household, quadratic at 1:100).
 */
public final class IdFilters {

    private IdFilters() {
    }

    /** {@code _id} equal to {@code id} and every condition, the conditions on fields other than {@code _id}. */
    public static Bson idAnd(String id, Bson... conditions) {
        BsonDocument filter = new BsonDocument("_id", new BsonString(id));
        for (Bson condition : conditions) {
            BsonDocument rendered = condition.toBsonDocument();
            for (String key : rendered.keySet()) {
                if (key.startsWith("$") || filter.containsKey(key)) {
                    throw new IllegalArgumentException("Not a condition on one other field: " + rendered.toJson());
                }
                filter.put(key, rendered.get(key));
            }
        }
        return filter;
    }
}
