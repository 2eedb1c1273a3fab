package io.jiandang.audit.log.domain;

/**
 * The end of a chain: the position of its last link and that link's hash. An empty chain has position -1 and
 * the {@link HashChain#GENESIS} hash.
 */
public record ChainHead(long position, String hash) {

    public static final ChainHead EMPTY = new ChainHead(-1, HashChain.GENESIS);

    public long nextPosition() {
        return position + 1;
    }
}
