package io.jiandang.assistance.povertyclass.adapters.out.persistence;

import io.jiandang.assistance.common.adapters.out.persistence.ConsistentProjections;
import io.jiandang.assistance.povertyclass.application.PovertyClasses;
import io.jiandang.contracts.assistance.PovertyClass;
import io.jiandang.contracts.assistance.PovertyClassChangedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.util.Optional;

/** The current class of each household in table {@code household_class}. */
@Component
@ProcessingGroup(ConsistentProjections.CLASSES)
public class JdbcPovertyClasses implements PovertyClasses {

    private final JdbcTemplate jdbc;

    public JdbcPovertyClasses(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PovertyClassChangedEvent event) {
        jdbc.update("INSERT INTO household_class (household_id, division_code, poverty_class, score, policy_version, "
                        + "standard_per_household, since) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (household_id) DO UPDATE SET "
                        + "poverty_class = EXCLUDED.poverty_class, score = EXCLUDED.score, policy_version = EXCLUDED.policy_version, "
                        + "standard_per_household = EXCLUDED.standard_per_household, since = EXCLUDED.since",
                event.householdId(), event.divisionCode(), event.povertyClass().name(), event.score(),
                event.policyVersion(), event.standardPerHousehold(), Date.valueOf(event.changedOn()));
    }

    @Override
    public Optional<ClassView> find(String householdId) {
        return jdbc.query("SELECT poverty_class, score, policy_version, standard_per_household, since FROM household_class "
                        + "WHERE household_id = ?", (rs, i) -> new ClassView(PovertyClass.valueOf(rs.getString(1)),
                        rs.getBigDecimal(2), rs.getInt(3), rs.getBigDecimal(4), rs.getDate(5).toLocalDate()), householdId)
                .stream().findFirst();
    }
}
