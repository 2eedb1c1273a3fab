package io.jiandang.audit.replay.application;

import io.jiandang.audit.replay.domain.Figure;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the reporting service published for a figure. */
public interface PublishedFigures {

    /** @return the published value and where it was read from */
    Published published(Figure figure, String divisionCode, LocalDate asOf, LocalDate from, LocalDate to);

    record Published(BigDecimal value, String source) {
    }
}
