package io.jiandang.audit.log.domain;

/**
 * An audited event at its place in the two hash chains: the whole log's (every event, in the order the audit
 * service appended them) and its household's (only that household's events), each link being
 * {@code SHA-256(previous hash, canonical form)} (see {@link HashChain}).
 *
 * @param householdPosition {@code null} for an event that concerns no household (a policy, a round)
 */
public record LogEntry(AuditedEvent event, long logPosition, String logPreviousHash, String logHash,
                       Long householdPosition, String householdPreviousHash, String householdHash) {

    /** This entry as a link of the whole log's chain. */
    public ChainLink logLink() {
        return new ChainLink(logPosition, logPreviousHash, logHash, event);
    }

    /** This entry as a link of its household's chain, or {@code null}. */
    public ChainLink householdLink() {
        return householdPosition == null ? null
                : new ChainLink(householdPosition, householdPreviousHash, householdHash, event);
    }
}
