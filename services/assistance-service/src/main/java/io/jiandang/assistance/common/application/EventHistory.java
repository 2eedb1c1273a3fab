package io.jiandang.assistance.common.application;

import java.util.List;

/**
 * Port: the events of one aggregate from the event store, oldest first. Documents shown to people (the income
 * register, the handbook and its two copies) are folded from here, the one source of truth, so they cannot
 * drift from what was decided.
 */
public interface EventHistory {

    List<Object> payloadsOf(String aggregateId);
}
