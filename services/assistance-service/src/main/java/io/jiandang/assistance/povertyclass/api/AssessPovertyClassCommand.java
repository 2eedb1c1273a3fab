package io.jiandang.assistance.povertyclass.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/**
 * Derive the household's poverty class from its score under the current assistance policy. Sent by the
 * service itself when registration.events shows a new score, or a new policy version is published.
 *
 * @param assessmentId the aggregate's id, {@link #idOf(String)}
 */
public record AssessPovertyClassCommand(@TargetAggregateIdentifier String assessmentId, String householdId,
                                        String divisionCode, BigDecimal score) {

    public static String idOf(String householdId) {
        return "poverty-class:" + householdId;
    }
}
