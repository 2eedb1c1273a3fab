package io.jiandang.readmodel;

/**
 * Reads of many documents (a division's households, the whole log) are fetched in batches of {@link #BATCH_SIZE}.
 * MongoDB caps a reply at 16 MiB by itself; mongo-java-server answers a find without a batch size in one reply, and the
 * region's 113k register households at 1:100 came to 78 MB, over the driver's 48 MB limit
 * ({@code MongoInternalException: The reply message length ... is greater than the maximum message length}).
 */
public final class Scans {

    /** Documents per reply of a scan: well under any reply limit for the read models' documents. */
    public static final int BATCH_SIZE = 1000;

    private Scans() {
    }
}
