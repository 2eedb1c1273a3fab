package io.jiandang.reporting.cycle.application;

import io.jiandang.reporting.register.application.InMemoryRegisterStore;

import java.util.Map;

/** Reads the consumed topics again: their current ends, and the register as it stood at given positions. */
public interface TopicReplay {

    /** The next offset of every partition of the consumed topics ({@code topic/partition} → offset). */
    Map<String, Long> endPositions();

    /** The register folded from every record before the positions, from the topics' beginning. */
    InMemoryRegisterStore replayUpTo(Map<String, Long> positions);
}
