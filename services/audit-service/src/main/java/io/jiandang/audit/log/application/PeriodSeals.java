package io.jiandang.audit.log.application;

import io.jiandang.audit.log.domain.PeriodSeal;

import java.util.List;
import java.util.Optional;

/** The recorded heads of closed periods, kept apart from the log (and worth copying outside the service). */
public interface PeriodSeals {

    Optional<PeriodSeal> find(String period);

    void record(PeriodSeal seal);

    /** Every seal, in the order of the sealed positions. */
    List<PeriodSeal> all();
}
