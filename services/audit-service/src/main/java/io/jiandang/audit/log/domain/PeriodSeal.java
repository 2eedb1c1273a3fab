package io.jiandang.audit.log.domain;

import java.time.Instant;

/**
 * The head of the whole log's chain recorded when a period was closed (封存), e.g. a quarter {@code 2026-Q3}
 * or a reporting cycle: any later change to an entry up to the sealed position, even one whose hashes were
 * all recomputed, no longer reaches the sealed hash.
 */
public record PeriodSeal(String period, long logPosition, String logHash, Instant sealedAt, String sealedBy,
                         String sealedByRole) {
}
