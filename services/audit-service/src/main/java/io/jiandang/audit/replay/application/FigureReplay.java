package io.jiandang.audit.replay.application;

import io.jiandang.audit.asof.application.AsOfReconstruction;
import io.jiandang.audit.asof.domain.HouseholdState;
import io.jiandang.audit.common.api.AuditErrorCode;
import io.jiandang.audit.common.api.AuditException;
import io.jiandang.audit.log.application.AuditLog;
import io.jiandang.audit.log.application.AuditedHousehold;
import io.jiandang.audit.log.domain.ChainHead;
import io.jiandang.audit.replay.domain.Figure;
import io.jiandang.audit.replay.domain.FigureComparison;
import io.jiandang.audit.replay.domain.ReplayedFigure;
import io.jiandang.divisions.Division;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recomputes a reporting figure for a division from the log up to a point (known at T), by reconstructing every
 * household of the division as of the date, and compares it with what the reporting service published.
 */
public class FigureReplay {

    static final Set<String> POOR = Set.of("REGISTERED", "RETURNED_TO_POVERTY");

    private final AuditLog log;
    private final AsOfReconstruction reconstruction;
    private final PublishedFigures published;

    public FigureReplay(AuditLog log, AsOfReconstruction reconstruction, PublishedFigures published) {
        this.log = log;
        this.reconstruction = reconstruction;
        this.published = published;
    }

    public static Figure figure(String name) {
        return Figure.byUrlName(name).orElseThrow(() -> new AuditException(AuditErrorCode.UNKNOWN_FIGURE, "figure",
                "Unknown figure " + name + "; known: poor-population, poor-households, exited-households, exited-people"));
    }

    public ReplayedFigure replay(Figure figure, Division division, LocalDate asOf, LocalDate from, LocalDate to, Instant knownAt) {
        if (figure.isPeriodFigure() && (from == null || to == null || to.isBefore(from))) {
            throw new AuditException(AuditErrorCode.INVALID_PERIOD, from == null ? "from" : "to",
                    "An exit figure needs a period: from and to, to not before from");
        }
        ChainHead head = log.logHead();
        Map<Integer, Map<String, BigDecimal>> thresholds = reconstruction.classThresholdsKnownAt(knownAt);
        LocalDate date = figure.isPeriodFigure() ? to : asOf;
        List<AuditedHousehold> households = log.householdsWithin(division.code(), division.level());
        List<String> counted = new ArrayList<>();
        long value = 0;
        for (AuditedHousehold household : households) {
            HouseholdState state = reconstruction.asOf(household.householdId(), date, knownAt, thresholds);
            long contribution = switch (figure) {
                case POOR_POPULATION -> POOR.contains(state.status()) ? people(state) : 0;
                case POOR_HOUSEHOLDS -> POOR.contains(state.status()) ? 1 : 0;
                case EXITED_HOUSEHOLDS -> exitedWithin(state, from, to) ? 1 : 0;
                case EXITED_PEOPLE -> exitedWithin(state, from, to)
                        ? people(reconstruction.asOf(household.householdId(), state.exit().exitedOn(), knownAt, thresholds)) : 0;
            };
            if (contribution > 0) {
                counted.add(household.householdId());
                value += contribution;
            }
        }
        return new ReplayedFigure(figure.urlName(), division.code(), figure.isPeriodFigure() ? null : asOf,
                from, to, knownAt, value, households.size(), counted, head.position(), head.hash());
    }

    public FigureComparison compare(Figure figure, Division division, LocalDate asOf, LocalDate from, LocalDate to, Instant knownAt) {
        ReplayedFigure replayed = replay(figure, division, asOf, from, to, knownAt);
        PublishedFigures.Published figureAsPublished = published.published(figure, division.code(), asOf, from, to, knownAt);
        return FigureComparison.of(replayed, figureAsPublished.value(), figureAsPublished.source());
    }

    private static boolean exitedWithin(HouseholdState state, LocalDate from, LocalDate to) {
        return state.exit() != null && state.exit().exitedOn() != null
                && !state.exit().exitedOn().isBefore(from) && !state.exit().exitedOn().isAfter(to);
    }

    private static long people(HouseholdState state) {
        return state.people() == null ? 0 : state.people();
    }
}
