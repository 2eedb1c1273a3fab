package io.jiandang.relapse.policy.adapters.out.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jiandang.contracts.relapse.RelapsePolicyPublishedEvent;
import io.jiandang.relapse.common.adapters.out.persistence.ConsistentProjections;
import io.jiandang.relapse.policy.application.PublishedRelapsePolicies;
import io.jiandang.relapse.policy.domain.RelapsePolicies;
import io.jiandang.relapse.policy.domain.RelapsePolicyRules;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

/**
 * The published relapse policy versions in table {@code relapse_policy}, written by a subscribing processor in
 * the publishing transaction and read by the command handlers through {@link RelapsePolicies}.
 */
@Component
@ProcessingGroup(ConsistentProjections.POLICY)
public class JdbcRelapsePolicies implements RelapsePolicies, PublishedRelapsePolicies {

    private final JdbcTemplate jdbc;
    private final ObjectMapper objectMapper;

    public JdbcRelapsePolicies(JdbcTemplate jdbc, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
    }

    @EventHandler
    void on(RelapsePolicyPublishedEvent event) throws JsonProcessingException {
        jdbc.update("INSERT INTO relapse_policy (version, policy_id, document, published_at) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT (version) DO NOTHING", event.version(), event.policyId(),
                objectMapper.writeValueAsString(event), Timestamp.from(event.publishedAt()));
    }

    @Override
    public Optional<RelapsePolicyRules> current() {
        return currentPublication().map(RelapsePolicyRules::of);
    }

    @Override
    public Optional<RelapsePolicyRules> version(int version) {
        return published("SELECT document FROM relapse_policy WHERE version = ?", version).map(RelapsePolicyRules::of);
    }

    @Override
    public Optional<RelapsePolicyPublishedEvent> currentPublication() {
        return published("SELECT document FROM relapse_policy ORDER BY version DESC LIMIT 1");
    }

    private Optional<RelapsePolicyPublishedEvent> published(String sql, Object... args) {
        List<String> documents = jdbc.queryForList(sql, String.class, args);
        return documents.stream().findFirst().map(this::read);
    }

    private RelapsePolicyPublishedEvent read(String document) {
        try {
            return objectMapper.readValue(document, RelapsePolicyPublishedEvent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored relapse policy document does not read back", e);
        }
    }
}
