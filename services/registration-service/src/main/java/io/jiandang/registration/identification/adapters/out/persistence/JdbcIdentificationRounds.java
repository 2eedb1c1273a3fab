package io.jiandang.registration.identification.adapters.out.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jiandang.contracts.registration.CutOffLineSetEvent;
import io.jiandang.contracts.registration.IdentificationRoundOpenedEvent;
import io.jiandang.registration.common.adapters.out.persistence.ConsistentProjections;
import io.jiandang.registration.identification.application.IdentificationRoundView;
import io.jiandang.registration.identification.application.IdentificationRounds;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The identification rounds in table {@code identification_round}, written in the transaction of their events. */
@Component
@ProcessingGroup(ConsistentProjections.ROUNDS)
public class JdbcIdentificationRounds implements IdentificationRounds {

    private static final TypeReference<List<String>> IDS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper objectMapper;

    public JdbcIdentificationRounds(JdbcTemplate jdbc, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
    }

    @EventHandler
    void on(IdentificationRoundOpenedEvent event) {
        jdbc.update("INSERT INTO identification_round (round_id, county_code, year, poverty_scale) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (round_id) DO NOTHING", event.roundId(), event.divisionCode(), event.year(),
                event.povertyScale());
    }

    @EventHandler
    void on(CutOffLineSetEvent event) throws JsonProcessingException {
        jdbc.update("UPDATE identification_round SET cut_off_score = ?, candidate_people = ?, households_ranked = ?, "
                        + "policy_version = ?, candidates = ? WHERE round_id = ?", event.cutOffScore(),
                event.candidatePeople(), event.householdsRanked(), event.policyVersion(),
                objectMapper.writeValueAsString(event.candidateHouseholdIds()), event.roundId());
    }

    @Override
    public Optional<IdentificationRoundView> find(String roundId) {
        return jdbc.query("SELECT * FROM identification_round WHERE round_id = ?", this::view, roundId)
                .stream().findFirst();
    }

    private IdentificationRoundView view(ResultSet row, int n) throws SQLException {
        String candidates = row.getString("candidates");
        try {
            return new IdentificationRoundView(row.getString("round_id"), row.getString("county_code"),
                    row.getInt("year"), row.getInt("poverty_scale"), row.getBigDecimal("cut_off_score"),
                    (Integer) row.getObject("candidate_people"), (Integer) row.getObject("households_ranked"),
                    (Integer) row.getObject("policy_version"),
                    candidates == null ? List.of() : objectMapper.readValue(candidates, IDS));
        } catch (JsonProcessingException e) {
            throw new SQLException("Stored candidate list does not read back", e);
        }
    }
}
