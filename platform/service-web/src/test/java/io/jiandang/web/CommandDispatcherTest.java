package io.jiandang.web;

import io.jiandang.divisions.DivisionLevel;
import io.jiandang.eventing.EventMetadata;
import io.jiandang.security.Actor;
import io.jiandang.security.Role;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class CommandDispatcherTest {

    enum Code { HOUSEHOLD_NOT_FOUND, HOUSEHOLD_EXISTS }

    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    private static final Actor OFFICER = new Actor("officer", Role.INFORMATION_OFFICER, DivisionLevel.COUNTY, "451227");
    private final CommandGateway commands = mock(CommandGateway.class);
    private final MockHttpServletRequest request = new MockHttpServletRequest();
    private final CommandDispatcher dispatcher = new CommandDispatcher(commands, request,
            Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), ZoneId.of("Asia/Shanghai")), new CommandRefusals() {
                @Override
                public RuntimeException notFound(Enum<?> code) {
                    return new Refused(CommandRefusals.noSuch(code));
                }

                @Override
                public RuntimeException duplicate(Enum<?> code) {
                    return new Refused(code.name());
                }
            });

    @Test
    void anUnknownAggregateIsAnsweredWithTheServicesNotFoundRefusal() {
        when(commands.sendAndWait(any(), any(MetaData.class))).thenThrow(new AggregateNotFoundException("h", "gone"));

        assertThatThrownBy(() -> dispatcher.send("command", OFFICER, null, Code.HOUSEHOLD_NOT_FOUND))
                .isInstanceOf(Refused.class).hasMessage("No such household");
    }

    @Test
    void aHandlersOwnExceptionComesBackUnwrapped() {
        IllegalStateException refusal = new IllegalStateException("rule");
        when(commands.sendAndWait(any(), any(MetaData.class)))
                .thenThrow(new CommandExecutionException("wrapped", refusal));

        assertThatThrownBy(() -> dispatcher.send("command", OFFICER, null, Code.HOUSEHOLD_NOT_FOUND)).isSameAs(refusal);
    }

    @Test
    void aCreatingCommandOfAnExistingAggregateIsAnsweredWithTheDuplicateRefusalOnlyWhenOneIsNamed() {
        when(commands.sendAndWait(any(), any(MetaData.class))).thenThrow(new ConcurrencyException("exists"));

        assertThatThrownBy(() -> dispatcher.send("command", OFFICER, null, Code.HOUSEHOLD_NOT_FOUND, Code.HOUSEHOLD_EXISTS))
                .isInstanceOf(Refused.class).hasMessage("HOUSEHOLD_EXISTS");
        assertThatThrownBy(() -> dispatcher.send("command", OFFICER, null, Code.HOUSEHOLD_NOT_FOUND))
                .isInstanceOf(ConcurrencyException.class);
    }

    @Test
    void theMetadataNamesTheActorTheCorrelationAndTodayByTheServiceClockWhenNoDateIsGiven() {
        request.addHeader(CommandDispatcher.CORRELATION_HEADER, " corr-7 ");

        MetaData metaData = dispatcher.metaData(OFFICER, null);

        assertThat(metaData.get(EventMetadata.ACTOR_ID)).isEqualTo("officer");
        assertThat(metaData.get(EventMetadata.CORRELATION_ID)).isEqualTo("corr-7");
        assertThat(metaData.get(EventMetadata.EFFECTIVE_ON)).hasToString("2026-11-28");
        assertThat(dispatcher.metaData(OFFICER, LocalDate.parse("2016-01-05")).get(EventMetadata.EFFECTIVE_ON))
                .hasToString("2016-01-05");
    }
}
