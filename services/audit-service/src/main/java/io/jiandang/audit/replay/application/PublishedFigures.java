package io.jiandang.audit.replay.application;

import io.jiandang.audit.replay.domain.Figure;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** What the reporting service published for a figure. */
public interface PublishedFigures {

    /**
     * @param knownAt the recorded time the replay stopped at: the published figure is asked as known at the same time
     * @return the published value and where it was read from
     */
    Published published(Figure figure, String divisionCode, LocalDate asOf, LocalDate from, LocalDate to, Instant knownAt);

    record Published(BigDecimal value, String source) {
    }
}
