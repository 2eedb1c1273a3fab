package io.jiandang.exit.household.api;

import io.jiandang.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An officer records an objection (异议) to the exit received during its notice. */
public record LodgeExitObjectionCommand(@TargetAggregateIdentifier String exitId, String objectionId, String text,
                                        Actor actor) {
}
