package io.jiandang.relapse.common.adapters.in.web;

import io.jiandang.eventing.EventMetadata;
import io.jiandang.relapse.common.api.RelapseErrorCode;
import io.jiandang.relapse.common.api.RelapseException;
import io.jiandang.security.Actor;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Sends a REST request's command through Axon with the request's metadata: the actor, the correlation id
 * ({@code X-Correlation-Id} when given) and the business date ({@code effectiveOn}, today by the service clock
 * when absent). Refusals come back as the exceptions the handlers threw.
 */
@Component
public class CommandDispatcher {

    public static final String CORRELATION_HEADER = "X-Correlation-Id";

    private final CommandGateway commands;
    private final HttpServletRequest request;
    private final Clock clock;

    public CommandDispatcher(CommandGateway commands, HttpServletRequest request, Clock clock) {
        this.commands = commands;
        this.request = request;
        this.clock = clock;
    }

    /**
     * Sends and waits for the handler's answer.
     *
     * @param notFound the error to answer when the command's aggregate does not exist
     */
    public <R> R send(Object command, Actor actor, LocalDate effectiveOn, RelapseErrorCode notFound) {
        try {
            return commands.sendAndWait(command, metaData(actor, effectiveOn));
        } catch (AggregateNotFoundException e) {
            throw new RelapseException(notFound, "No such " + kindOf(notFound));
        } catch (CommandExecutionException e) {
            // a handler's own exception, wrapped on the way: answer it as if thrown here
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** The metadata of a command sent on behalf of the caller of the current request. */
    public MetaData metaData(Actor actor, LocalDate effectiveOn) {
        return EventMetadata.of(actor.userId(), actor.role().name(), actor.level().name(), actor.divisionCode(),
                blankToNull(request.getHeader(CORRELATION_HEADER)),
                effectiveOn != null ? effectiveOn : LocalDate.now(clock));
    }

    private static String kindOf(RelapseErrorCode code) {
        return code.name().replace("_NOT_FOUND", "").toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
