package io.jiandang.audit.log.domain;

/**
 * The first place where a chain is not what was appended.
 *
 * @param position where the break was found (the position the chain expected there)
 * @param kind     what was found
 * @param eventId  the event stored at that position, or {@code null} when none is
 * @param detail   a sentence for the auditor
 */
public record ChainBreak(long position, Kind kind, String eventId, String detail) {

    public enum Kind {
        /** The stored event no longer hashes to its recorded hash: a byte of it was changed. */
        ALTERED,
        /** No entry holds this position: an event was deleted. */
        MISSING,
        /** The entry is intact but belongs elsewhere in the chain: entries were swapped or moved. */
        REORDERED,
        /** The entry is intact but follows a hash no stored entry has: an entry before it was replaced or removed. */
        BROKEN_LINK,
        /** A sealed period's head is no longer in the chain as sealed. */
        SEAL_MISMATCH
    }
}
