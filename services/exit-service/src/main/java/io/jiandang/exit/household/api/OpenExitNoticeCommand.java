package io.jiandang.exit.household.api;

import io.jiandang.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The township puts the signed exit on public notice (公示). */
public record OpenExitNoticeCommand(@TargetAggregateIdentifier String exitId, Actor actor) {
}
