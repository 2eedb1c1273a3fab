package io.jiandang.exit.plan.api;

import io.jiandang.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** A region-level policy administrator allocates the year's reduction target to the counties (严计划). */
public record AllocateExitPlanCommand(@TargetAggregateIdentifier String planId, int year, int regionalTarget,
                                      List<CountyIndicators> counties, Actor actor) {

    public static String planIdOf(int year) {
        return "exit-plan-450000-" + year;
    }
}
