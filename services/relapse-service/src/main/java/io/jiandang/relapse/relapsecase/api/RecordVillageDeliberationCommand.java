package io.jiandang.relapse.relapsecase.api;

import io.jiandang.contracts.relapse.VillageMeeting;
import io.jiandang.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Step 3, village deliberation (村级评议): the meeting agreed; a village officer records result and attendance. */
public record RecordVillageDeliberationCommand(@TargetAggregateIdentifier String caseId, String result,
                                               VillageMeeting meeting, Actor actor) {
}
