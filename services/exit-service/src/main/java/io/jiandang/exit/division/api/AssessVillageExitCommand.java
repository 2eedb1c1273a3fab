package io.jiandang.exit.division.api;

import io.jiandang.contracts.exit.CriterionFinding;
import io.jiandang.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** A county officer assesses a poor village's exit against 十一有一低于. */
public record AssessVillageExitCommand(@TargetAggregateIdentifier String villageExitId, String villageCode, int year,
                                       List<CriterionFinding> criteria, Actor actor) {

    public static String idOf(String villageCode, int year) {
        return "village-exit-" + villageCode + "-" + year;
    }
}
