package io.jiandang.assistance.povertyclass.application;

import io.jiandang.assistance.household.application.RegisteredHousehold;
import io.jiandang.assistance.household.application.RegisteredHouseholds;
import io.jiandang.assistance.povertyclass.api.AssessPovertyClassCommand;
import io.jiandang.assistance.support.Policies;
import io.jiandang.contracts.assistance.AssistancePolicyPublishedEvent;
import io.jiandang.contracts.assistance.PovertyClassThresholds;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/** A new policy version reassesses every registered household; before any policy nothing is assessed. */
class ClassesAreReassessedWhenAPolicyIsPublishedTest {

    private static final String VILLAGE = "451227101201";
    private final CommandGateway commands = mock(CommandGateway.class);
    private final RegisteredHouseholds households = mock(RegisteredHouseholds.class);

    @SuppressWarnings("unchecked")
    private void registered(RegisteredHousehold... list) {
        doAnswer(invocation -> {
            Consumer<RegisteredHousehold> action = invocation.getArgument(0);
            List.of(list).forEach(action);
            return null;
        }).when(households).forEachRegistered(any(Consumer.class));
    }

    private static RegisteredHousehold household(String id, String score) {
        return new RegisteredHousehold(id, VILLAGE, RegisteredHousehold.Status.REGISTERED,
                score == null ? null : new BigDecimal(score), 3, 1);
    }

    @Test
    void everyRegisteredHouseholdWithAScoreIsAssessedUnderTheNewVersion() {
        registered(household("h-1", "41.5"), household("h-2", "70"), household("h-3", null));
        PovertyClassAssessment assessment = new PovertyClassAssessment(commands, Policies.withLimit(5), Clock.systemUTC());
        AssistancePolicyPublishedEvent published = new AssistancePolicyPublishedEvent("450000", 2,
                LocalDate.parse("2017-01-01"), 5, new PovertyClassThresholds(BigDecimal.ONE, BigDecimal.TEN,
                BigDecimal.TEN), Policies.standards());

        new ReassessmentOnNewPolicy(households, assessment).on(published, GenericEventMessage.asEventMessage(published));

        ArgumentCaptor<AssessPovertyClassCommand> sent = ArgumentCaptor.forClass(AssessPovertyClassCommand.class);
        ArgumentCaptor<MetaData> meta = ArgumentCaptor.forClass(MetaData.class);
        verify(commands, times(2)).sendAndWait(sent.capture(), meta.capture());
        assertThat(sent.getAllValues()).extracting(AssessPovertyClassCommand::householdId).containsExactly("h-1", "h-2");
        assertThat(meta.getValue().get("effectiveOn")).isEqualTo("2017-01-01");
    }

    @Test
    void nothingIsAssessedBeforeAnyPolicyIsPublished() {
        PovertyClassAssessment assessment = new PovertyClassAssessment(commands, Policies.none(), Clock.systemUTC());

        assessment.assess(household("h-1", "41.5"), "event-1", LocalDate.parse("2016-02-01"));

        verify(commands, never()).sendAndWait(any(), any(MetaData.class));
    }
}
