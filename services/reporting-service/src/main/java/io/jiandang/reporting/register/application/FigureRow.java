package io.jiandang.reporting.register.application;

import java.math.BigDecimal;

/**
 * One division's headline figures as published: counts of 1 to 4 households (and the people and ratios derived
 * from them) are suppressed ({@code null}, {@code suppressed = true}), since they could identify a household.
 */
public record FigureRow(String code, String name, String level, Integer households, Integer poorHouseholds,
                        Integer poorPeople, Integer ruralPopulation, BigDecimal incidence, Integer exitHouseholds,
                        Integer exitPeople, BigDecimal reductionSpeed, boolean suppressed) {
}
