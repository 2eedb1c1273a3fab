package io.jiandang.audit.log.domain;

import java.util.List;

/**
 * The outcome of verifying a chain.
 *
 * @param chain      what was verified: {@code log} or {@code household:<id>}
 * @param checked    how many entries were checked
 * @param head       the head as recomputed (the last intact link when the chain is broken)
 * @param firstBreak the first break, or {@code null} when the chain is intact
 * @param sealsChecked how many period seals were compared with the chain
 */
public record Verification(String chain, long checked, ChainHead head, ChainBreak firstBreak, int sealsChecked) {

    public boolean intact() {
        return firstBreak == null;
    }

    public static Verification of(String chain, List<ChainLink> links) {
        return ChainVerifier.verify(chain, links, List.of());
    }
}
