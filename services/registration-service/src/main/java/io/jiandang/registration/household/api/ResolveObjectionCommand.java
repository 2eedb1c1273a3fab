package io.jiandang.registration.household.api;

import io.jiandang.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Resolve an objection; an upheld one rejects the household. The reason is mandatory. */
public record ResolveObjectionCommand(@TargetAggregateIdentifier String householdId, String objectionId,
                                      boolean upheld, String reason, Actor actor) {
}
