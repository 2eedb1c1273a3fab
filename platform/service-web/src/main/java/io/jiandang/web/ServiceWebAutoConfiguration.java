package io.jiandang.web;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/**
 * Gives a command service its {@link CommandDispatcher} once the service has said how it refuses
 * ({@link CommandRefusals}). Slice tests, which load no auto-configuration, import the dispatcher directly.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(CommandGateway.class)
public class ServiceWebAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(CommandRefusals.class)
    CommandDispatcher commandDispatcher(CommandGateway commands, HttpServletRequest request, Clock clock,
                                        CommandRefusals refusals) {
        return new CommandDispatcher(commands, request, clock, refusals);
    }
}
