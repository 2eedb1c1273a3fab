package io.jiandang.assistance.handbook.api;

import io.jiandang.contracts.assistance.AssistanceMeasure;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Choose a measure for the household in its handbook of a year (因户施策). */
public record ChooseMeasureCommand(@TargetAggregateIdentifier String handbookId, String householdId,
                                   String divisionCode, int year, AssistanceMeasure measure, String detail,
                                   LocalDate chosenOn) {

    /** The id of a household's handbook of a year. */
    public static String idOf(String householdId, int year) {
        return "handbook:" + householdId + ":" + year;
    }
}
