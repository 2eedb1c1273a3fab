package io.jiandang.web;

import io.jiandang.eventing.EventMetadata;
import io.jiandang.security.Actor;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Sends a REST request's command through Axon with the request's metadata: the actor, the correlation id
 * ({@code X-Correlation-Id} when given) and the business date ({@code effectiveOn}, today by the service clock
 * when absent). Refusals come back as the exceptions the handlers threw; an unknown aggregate (and, when the
 * caller names one, an aggregate that exists already) comes back as the service's own refusal, made by its
 * {@link CommandRefusals} bean.
 */
public class CommandDispatcher {

    public static final String CORRELATION_HEADER = "X-Correlation-Id";

    private final CommandGateway commands;
    private final HttpServletRequest request;
    private final Clock clock;
    private final CommandRefusals refusals;

    public CommandDispatcher(CommandGateway commands, HttpServletRequest request, Clock clock,
                             CommandRefusals refusals) {
        this.commands = commands;
        this.request = request;
        this.clock = clock;
        this.refusals = refusals;
    }

    /**
     * Sends and waits for the handler's answer.
     *
     * @param notFound the service's error code to answer when the command's aggregate does not exist
     */
    public <R> R send(Object command, Actor actor, LocalDate effectiveOn, Enum<?> notFound) {
        try {
            return commands.sendAndWait(command, metaData(actor, effectiveOn));
        } catch (AggregateNotFoundException e) {
            throw refusals.notFound(notFound);
        } catch (CommandExecutionException e) {
            throw unwrapped(e);
        }
    }

    /**
     * Sends and waits for the handler's answer; also answers a creating command whose aggregate exists already
     * (Axon reports it as a concurrency failure on the aggregate's first event).
     *
     * @param notFound  the service's error code to answer when the command's aggregate does not exist
     * @param duplicate the service's error code to answer when a creating command's aggregate exists already
     */
    public <R> R send(Object command, Actor actor, LocalDate effectiveOn, Enum<?> notFound, Enum<?> duplicate) {
        try {
            return commands.sendAndWait(command, metaData(actor, effectiveOn));
        } catch (AggregateNotFoundException e) {
            throw refusals.notFound(notFound);
        } catch (ConcurrencyException e) {
            throw refusals.duplicate(duplicate);
        } catch (CommandExecutionException e) {
            if (e.getCause() instanceof AggregateNotFoundException) {
                throw refusals.notFound(notFound);
            }
            if (e.getCause() instanceof ConcurrencyException) {
                throw refusals.duplicate(duplicate);
            }
            throw unwrapped(e);
        }
    }

    /** The metadata of a command sent on behalf of the caller of the current request. */
    public MetaData metaData(Actor actor, LocalDate effectiveOn) {
        return EventMetadata.of(actor.userId(), actor.role().name(), actor.level().name(), actor.divisionCode(),
                blankToNull(request.getHeader(CORRELATION_HEADER)), effectiveOn != null ? effectiveOn : today());
    }

    /** Today's business date by the service clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A handler's own exception, wrapped on the way: answer it as if thrown here. */
    private static RuntimeException unwrapped(CommandExecutionException e) {
        return e.getCause() instanceof RuntimeException cause ? cause : e;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
