package io.jiandang.exit.policy.adapters.out.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jiandang.contracts.exit.ExitPolicyPublishedEvent;
import io.jiandang.exit.common.adapters.out.persistence.ConsistentProjections;
import io.jiandang.exit.policy.domain.ExitPolicies;
import io.jiandang.exit.policy.domain.ExitPolicy;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The published exit policy versions in table {@code exit_policy}, written by a subscribing processor in the
 * publishing transaction and read by the command handlers through {@link ExitPolicies}.
 */
@Component
@ProcessingGroup(ConsistentProjections.POLICY)
public class JdbcExitPolicies implements ExitPolicies {

    private final JdbcTemplate jdbc;
    private final ObjectMapper objectMapper;

    public JdbcExitPolicies(JdbcTemplate jdbc, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
    }

    @EventHandler
    void on(ExitPolicyPublishedEvent event) throws JsonProcessingException {
        jdbc.update("INSERT INTO exit_policy (version, document) VALUES (?, ?) ON CONFLICT (version) DO NOTHING",
                event.version(), objectMapper.writeValueAsString(event));
    }

    @Override
    public Optional<ExitPolicy> current() {
        return read("SELECT document FROM exit_policy ORDER BY version DESC LIMIT 1");
    }

    @Override
    public Optional<ExitPolicy> version(int version) {
        return read("SELECT document FROM exit_policy WHERE version = ?", version);
    }

    private Optional<ExitPolicy> read(String sql, Object... args) {
        List<String> documents = jdbc.queryForList(sql, String.class, args);
        return documents.stream().findFirst().map(document -> {
            try {
                return new ExitPolicy(objectMapper.readValue(document, ExitPolicyPublishedEvent.class));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("A stored exit policy does not read back", e);
            }
        });
    }
}
