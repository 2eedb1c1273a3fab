package io.jiandang.exit.household.api;

import io.jiandang.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The township answers an objection; an upheld objection stops the exit. */
public record ResolveExitObjectionCommand(@TargetAggregateIdentifier String exitId, String objectionId,
                                          boolean upheld, String answer, Actor actor) {
}
