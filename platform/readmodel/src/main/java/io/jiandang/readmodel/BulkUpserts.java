package io.jiandang.readmodel;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Replaces documents by {@code _id} in unordered bulk writes: the way rebuilds write many documents at once. */
public final class BulkUpserts {

    private static final int CHUNK = 1_000;

    private BulkUpserts() {
    }

    /** Upserts each document by its {@code _id}; returns how many were written. */
    public static int upsertAll(MongoCollection<Document> collection, Collection<Document> documents) {
        List<WriteModel<Document>> chunk = new ArrayList<>(CHUNK);
        int written = 0;
        for (Document document : documents) {
            chunk.add(new ReplaceOneModel<>(Filters.eq("_id", document.get("_id")), document,
                    new ReplaceOptions().upsert(true)));
            if (chunk.size() == CHUNK) {
                written += write(collection, chunk);
            }
        }
        if (!chunk.isEmpty()) {
            written += write(collection, chunk);
        }
        return written;
    }

    private static int write(MongoCollection<Document> collection, List<WriteModel<Document>> chunk) {
        var result = collection.bulkWrite(chunk, new BulkWriteOptions().ordered(false));
        chunk.clear();
        return result.getMatchedCount() + result.getUpserts().size();
    }
}
