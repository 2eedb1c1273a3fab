package io.jiandang.audit.log.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks a chain as stored and pinpoints the first entry that is not as appended. Each stored link claims a
 * position, the hash it follows and its own hash; the verifier recomputes them:
 * <ol>
 *   <li>a position skipped: {@link ChainBreak.Kind#MISSING} (an event was deleted);</li>
 *   <li>the event no longer hashes to its own recorded hash: {@link ChainBreak.Kind#ALTERED};</li>
 *   <li>the event is intact but does not follow the previous link: {@link ChainBreak.Kind#REORDERED} when the
 *       hash it follows belongs to another stored link (a swap or a move), else {@link ChainBreak.Kind#BROKEN_LINK}.</li>
 * </ol>
 * Sealed heads are then compared with the links at their positions.
 */
public final class ChainVerifier {

    private ChainVerifier() {
    }

    /** @param links the chain's links sorted by their stored position */
    public static Verification verify(String chain, List<ChainLink> links, List<PeriodSeal> seals) {
        return verify(chain, links, seals, null);
    }

    /**
     * @param links        the chain's links sorted by their stored position
     * @param recordedHead the head the appender recorded for this chain (catches the deletion of the last entries),
     *                     or {@code null}
     */
    public static Verification verify(String chain, List<ChainLink> links, List<PeriodSeal> seals, ChainHead recordedHead) {
        Map<String, Long> positionOfHash = new HashMap<>();
        for (ChainLink link : links) {
            positionOfHash.putIfAbsent(link.hash(), link.position());
        }
        String previous = HashChain.GENESIS;
        long expected = 0;
        Map<Long, String> recomputed = new HashMap<>();
        ChainHead head = ChainHead.EMPTY;
        for (ChainLink link : links) {
            if (link.position() > expected) {
                return new Verification(chain, expected, head, new ChainBreak(expected, ChainBreak.Kind.MISSING, null,
                        "No entry at position " + expected + " (the next stored entry is at " + link.position()
                                + ", event " + link.event().eventId() + "): an event was deleted"), 0);
            }
            if (link.position() < expected) {
                return new Verification(chain, expected, head, new ChainBreak(link.position(), ChainBreak.Kind.REORDERED,
                        link.event().eventId(), "Two entries claim position " + link.position()), 0);
            }
            String own = HashChain.link(link.previousHash(), link.event());
            if (!own.equals(link.hash())) {
                return new Verification(chain, expected, head, new ChainBreak(expected, ChainBreak.Kind.ALTERED,
                        link.event().eventId(), "The event at position " + expected + " (" + link.event().type()
                                + ") no longer matches its recorded hash: its stored content was changed"), 0);
            }
            if (!link.previousHash().equals(previous)) {
                Long origin = positionOfHash.get(link.previousHash());
                boolean moved = origin != null && origin != expected - 1;
                return new Verification(chain, expected, head, new ChainBreak(expected,
                        moved ? ChainBreak.Kind.REORDERED : ChainBreak.Kind.BROKEN_LINK, link.event().eventId(),
                        moved ? "The event at position " + expected + " was appended after the entry now at position "
                                + origin + ": entries were swapped or moved"
                              : "The event at position " + expected + " does not follow the entry before it: an "
                                + "earlier entry was replaced or removed"), 0);
            }
            previous = link.hash();
            recomputed.put(expected, previous);
            head = new ChainHead(expected, previous);
            expected++;
        }
        if (recordedHead != null && recordedHead.position() > head.position()) {
            return new Verification(chain, expected, head, new ChainBreak(expected, ChainBreak.Kind.MISSING, null,
                    "The chain was appended up to position " + recordedHead.position() + " but its stored entries end at "
                            + head.position() + ": its last events were deleted"), 0);
        }
        int sealsChecked = 0;
        for (PeriodSeal seal : seals) {
            sealsChecked++;
            String found = recomputed.get(seal.logPosition());
            if (!seal.logHash().equals(found)) {
                return new Verification(chain, expected, head, new ChainBreak(seal.logPosition(),
                        found == null ? ChainBreak.Kind.MISSING : ChainBreak.Kind.SEAL_MISMATCH, null,
                        "Period " + seal.period() + " was sealed at position " + seal.logPosition() + " with hash "
                                + seal.logHash() + "; the chain " + (found == null ? "no longer reaches that position"
                                : "now has " + found + " there: entries up to it were rewritten")), sealsChecked);
            }
        }
        return new Verification(chain, expected, head, null, sealsChecked);
    }
}
