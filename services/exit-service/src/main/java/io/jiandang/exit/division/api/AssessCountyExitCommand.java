package io.jiandang.exit.division.api;

import io.jiandang.contracts.exit.CriterionFinding;
import io.jiandang.contracts.exit.ThirdPartyEvaluation;
import io.jiandang.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** A city or region officer assesses a poor county's exit against 九有一低于 with its third-party evaluation. */
public record AssessCountyExitCommand(@TargetAggregateIdentifier String countyExitId, String countyCode, int year,
                                      List<CriterionFinding> criteria, ThirdPartyEvaluation evaluation, Actor actor) {

    public static String idOf(String countyCode, int year) {
        return "county-exit-" + countyCode + "-" + year;
    }
}
