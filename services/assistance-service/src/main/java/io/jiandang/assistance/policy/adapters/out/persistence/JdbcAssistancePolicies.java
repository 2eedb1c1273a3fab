package io.jiandang.assistance.policy.adapters.out.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jiandang.assistance.common.adapters.out.persistence.ConsistentProjections;
import io.jiandang.assistance.policy.application.PublishedAssistancePolicies;
import io.jiandang.assistance.policy.domain.AssistancePolicies;
import io.jiandang.assistance.policy.domain.PolicyTerms;
import io.jiandang.contracts.assistance.AssistancePolicyPublishedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The published policy versions in table {@code assistance_policy}, written by a subscribing processor in the
 * publishing transaction and read by the command handlers.
 */
@Component
@ProcessingGroup(ConsistentProjections.POLICY)
public class JdbcAssistancePolicies implements AssistancePolicies, PublishedAssistancePolicies {

    private final JdbcTemplate jdbc;
    private final ObjectMapper objectMapper;

    public JdbcAssistancePolicies(JdbcTemplate jdbc, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
    }

    @EventHandler
    void on(AssistancePolicyPublishedEvent event) throws JsonProcessingException {
        jdbc.update("INSERT INTO assistance_policy (version, document) VALUES (?, ?) ON CONFLICT (version) DO NOTHING",
                event.version(), objectMapper.writeValueAsString(event));
    }

    @Override
    public Optional<PolicyTerms> current() {
        return currentPublication().map(PolicyTerms::of);
    }

    @Override
    public Optional<AssistancePolicyPublishedEvent> currentPublication() {
        return jdbc.queryForList("SELECT document FROM assistance_policy ORDER BY version DESC LIMIT 1", String.class)
                .stream().findFirst().map(this::read);
    }

    private AssistancePolicyPublishedEvent read(String document) {
        try {
            return objectMapper.readValue(document, AssistancePolicyPublishedEvent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored assistance policy does not read back", e);
        }
    }
}
