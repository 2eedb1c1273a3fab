package io.jiandang.reporting.register.application;

import io.jiandang.reporting.register.domain.Fact;

/** A fact read from an event, with the household and village it concerns. */
public record ReadFact(String householdId, String villageCode, Fact fact) {
}
