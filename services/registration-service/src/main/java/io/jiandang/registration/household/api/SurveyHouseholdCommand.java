package io.jiandang.registration.household.api;

import io.jiandang.contracts.registration.PovertyArea;
import io.jiandang.contracts.registration.PovertyCause;
import io.jiandang.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Survey a household (入户调查) and score it under the current policy. Answered with a {@link SurveyOutcome}.
 * A village or township officer whose division covers the village surveys.
 */
public record SurveyHouseholdCommand(@TargetAggregateIdentifier String householdId, String villageCode,
                                     List<SurveyedMember> members, Map<String, BigDecimal> answers,
                                     Set<PovertyCause> causes, Set<PovertyArea> areas, Actor actor) {
}
