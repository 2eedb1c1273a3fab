package io.jiandang.reporting.cycle.application;

import io.jiandang.reporting.cycle.domain.UpdateCycle;

import java.util.List;
import java.util.Optional;

/** Where update cycles are kept; saving checks the version read (optimistic concurrency). */
public interface UpdateCycles {

    Optional<UpdateCycle> find(String id);

    List<UpdateCycle> all();

    /** Inserts a new cycle; false when one with the id exists. */
    boolean insert(UpdateCycle cycle);

    /** Replaces the cycle if its stored version is {@code expectedVersion}; false when someone changed it meanwhile. */
    boolean replace(UpdateCycle cycle, long expectedVersion);
}
