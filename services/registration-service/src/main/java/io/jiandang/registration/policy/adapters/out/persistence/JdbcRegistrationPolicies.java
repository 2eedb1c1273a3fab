package io.jiandang.registration.policy.adapters.out.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jiandang.contracts.registration.RegistrationPolicyPublishedEvent;
import io.jiandang.registration.common.adapters.out.persistence.ConsistentProjections;
import io.jiandang.registration.policy.application.PublishedPolicies;
import io.jiandang.registration.policy.domain.PolicyRules;
import io.jiandang.registration.policy.domain.RegistrationPolicies;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

/**
 * The published policy versions in table {@code registration_policy}, written by a subscribing processor in
 * the publishing transaction and read by the command handlers through {@link RegistrationPolicies}.
 */
@Component
@ProcessingGroup(ConsistentProjections.POLICY)
public class JdbcRegistrationPolicies implements RegistrationPolicies, PublishedPolicies {

    private final JdbcTemplate jdbc;
    private final ObjectMapper objectMapper;

    public JdbcRegistrationPolicies(JdbcTemplate jdbc, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
    }

    @EventHandler
    void on(RegistrationPolicyPublishedEvent event) throws JsonProcessingException {
        jdbc.update("INSERT INTO registration_policy (version, policy_id, document, published_at) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT (version) DO NOTHING", event.version(), event.policyId(),
                objectMapper.writeValueAsString(event), Timestamp.from(event.publishedAt()));
    }

    @Override
    public Optional<PolicyRules> current() {
        return published("SELECT document FROM registration_policy ORDER BY version DESC LIMIT 1")
                .map(PolicyRules::of);
    }

    @Override
    public Optional<PolicyRules> version(int version) {
        return published("SELECT document FROM registration_policy WHERE version = ?", version).map(PolicyRules::of);
    }

    @Override
    public Optional<RegistrationPolicyPublishedEvent> currentPublication() {
        return published("SELECT document FROM registration_policy ORDER BY version DESC LIMIT 1");
    }

    private Optional<RegistrationPolicyPublishedEvent> published(String sql, Object... args) {
        List<String> documents = jdbc.queryForList(sql, String.class, args);
        return documents.stream().findFirst().map(this::read);
    }

    private RegistrationPolicyPublishedEvent read(String document) {
        try {
            return objectMapper.readValue(document, RegistrationPolicyPublishedEvent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored policy document does not read back", e);
        }
    }
}
