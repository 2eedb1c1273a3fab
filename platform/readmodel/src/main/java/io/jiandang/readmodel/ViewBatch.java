package io.jiandang.readmodel;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The documents (one per key, by {@code _id}) that one poll of a batched projection reads and changes: those the
 * poll's events name are read in one query when the batch opens, changes stay in memory, and {@link #write()} upserts
 * the changed ones in one unordered bulk write. For projections that read a view, change it and write it back per
 * event (several round trips each against the store).
 *
 * @param <V> the view the documents hold
 */
public final class ViewBatch<V> {

    private final MongoCollection<Document> collection;
    private final Function<Document, V> fromDocument;
    private final Function<V, Document> toDocument;
    private final Map<String, Optional<V>> known = new HashMap<>();
    private final Map<String, V> changed = new LinkedHashMap<>();

    /** Opens the batch, reading the documents of {@code keys} in one query. */
    public ViewBatch(MongoCollection<Document> collection, Function<Document, V> fromDocument, Function<V, Document> toDocument,
                     Collection<String> keys) {
        this.collection = collection;
        this.fromDocument = fromDocument;
        this.toDocument = toDocument;
        keys.forEach(key -> known.put(key, Optional.empty()));
        if (!keys.isEmpty()) {
            for (Document document : collection.find(Filters.in("_id", keys))) {
                known.put(String.valueOf(document.get("_id")), Optional.of(fromDocument.apply(document)));
            }
        }
    }

    /** The view as the batch has it; a key not read when the batch opened (a parked event's) is read now. */
    public Optional<V> get(String key) {
        return known.computeIfAbsent(key, k -> Optional.ofNullable(collection.find(Filters.eq("_id", k)).first()).map(fromDocument));
    }

    /** Changes the view of the key, to be written by {@link #write()}. */
    public void put(String key, V view) {
        known.put(key, Optional.of(view));
        changed.put(key, view);
    }

    /** Upserts the changed views; returns how many. */
    public int write() {
        return BulkUpserts.upsertAll(collection, changed.values().stream().map(toDocument).toList());
    }
}
