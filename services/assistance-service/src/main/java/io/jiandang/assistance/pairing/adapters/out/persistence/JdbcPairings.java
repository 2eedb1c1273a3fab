package io.jiandang.assistance.pairing.adapters.out.persistence;

import io.jiandang.assistance.common.adapters.out.persistence.ConsistentProjections;
import io.jiandang.assistance.pairing.application.Pairings;
import io.jiandang.contracts.assistance.HouseholdPairedEvent;
import io.jiandang.contracts.assistance.HouseholdRepairedEvent;
import io.jiandang.contracts.assistance.PairingEndedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The current pairings in table {@code household_cadre}, kept in the transaction of each pairing event. */
@Component
@ProcessingGroup(ConsistentProjections.PAIRINGS)
public class JdbcPairings implements Pairings {

    private static final RowMapper<Pairing> ROW = (rs, i) -> new Pairing(rs.getString(1), rs.getString(2),
            rs.getString(3), rs.getDate(4).toLocalDate());
    private static final String SELECT = "SELECT household_id, division_code, cadre_id, since FROM household_cadre ";

    private final JdbcTemplate jdbc;

    public JdbcPairings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(HouseholdPairedEvent event) {
        insert(event.householdId(), event.divisionCode(), event.cadreId(), event.pairedOn());
    }

    @EventHandler
    void on(HouseholdRepairedEvent event) {
        delete(event.householdId(), event.previousCadreId());
        insert(event.householdId(), event.divisionCode(), event.cadreId(), event.repairedOn());
    }

    @EventHandler
    void on(PairingEndedEvent event) {
        delete(event.householdId(), event.cadreId());
    }

    private void insert(String householdId, String divisionCode, String cadreId, java.time.LocalDate since) {
        jdbc.update("INSERT INTO household_cadre (household_id, division_code, cadre_id, since) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (household_id, cadre_id) DO NOTHING", householdId, divisionCode, cadreId, Date.valueOf(since));
    }

    private void delete(String householdId, String cadreId) {
        jdbc.update("DELETE FROM household_cadre WHERE household_id = ? AND cadre_id = ?", householdId, cadreId);
    }

    @Override
    public List<Pairing> ofHousehold(String householdId) {
        return jdbc.query(SELECT + "WHERE household_id = ? ORDER BY since, cadre_id", ROW, householdId);
    }

    @Override
    public List<Pairing> ofCadre(String cadreId) {
        return jdbc.query(SELECT + "WHERE cadre_id = ? ORDER BY since, household_id", ROW, cadreId);
    }

    @Override
    public boolean isPaired(String householdId, String cadreId) {
        Integer n = jdbc.queryForObject("SELECT count(*) FROM household_cadre WHERE household_id = ? AND cadre_id = ?",
                Integer.class, householdId, cadreId);
        return n != null && n > 0;
    }

    @Override
    public Set<String> pairedHouseholdsWithin(String divisionPrefix) {
        return new HashSet<>(jdbc.queryForList("SELECT DISTINCT household_id FROM household_cadre WHERE division_code LIKE ?",
                String.class, divisionPrefix + "%"));
    }
}
