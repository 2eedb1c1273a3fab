package io.jiandang.assistance.cadre.adapters.out.persistence;

import io.jiandang.assistance.cadre.application.CadreView;
import io.jiandang.assistance.cadre.application.Cadres;
import io.jiandang.assistance.common.adapters.out.persistence.ConsistentProjections;
import io.jiandang.assistance.pairing.domain.CadreLoads;
import io.jiandang.contracts.assistance.CadreKind;
import io.jiandang.contracts.assistance.CadreRegisteredEvent;
import io.jiandang.contracts.assistance.HouseholdPairedEvent;
import io.jiandang.contracts.assistance.HouseholdRepairedEvent;
import io.jiandang.contracts.assistance.PairingEndedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The cadres in table {@code cadre} with their current number of households, kept by a subscribing processor
 * in the transaction of each pairing event; contacts in table {@code cadre_contact}, never in an event.
 */
@Component
@ProcessingGroup(ConsistentProjections.CADRES)
public class JdbcCadres implements Cadres, CadreLoads {

    private static final String SELECT = "SELECT c.cadre_id, c.division_code, c.name, c.unit, c.kind, k.contact, "
            + "c.active_households FROM cadre c LEFT JOIN cadre_contact k ON k.cadre_id = c.cadre_id ";
    private static final RowMapper<CadreView> ROW = (rs, i) -> new CadreView(rs.getString(1), rs.getString(2),
            rs.getString(3), rs.getString(4), CadreKind.valueOf(rs.getString(5)), rs.getString(6), rs.getInt(7));

    private final JdbcTemplate jdbc;

    public JdbcCadres(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CadreRegisteredEvent event) {
        jdbc.update("INSERT INTO cadre (cadre_id, division_code, name, unit, kind, active_households) "
                        + "VALUES (?, ?, ?, ?, ?, 0) ON CONFLICT (cadre_id) DO NOTHING",
                event.cadreId(), event.divisionCode(), event.name(), event.unit(), event.kind().name());
    }

    @EventHandler
    void on(HouseholdPairedEvent event) {
        adjust(event.cadreId(), 1);
    }

    @EventHandler
    void on(HouseholdRepairedEvent event) {
        adjust(event.previousCadreId(), -1);
        adjust(event.cadreId(), 1);
    }

    @EventHandler
    void on(PairingEndedEvent event) {
        adjust(event.cadreId(), -1);
    }

    private void adjust(String cadreId, int by) {
        jdbc.update("UPDATE cadre SET active_households = active_households + ? WHERE cadre_id = ?", by, cadreId);
    }

    @Override
    public int activeHouseholds(String cadreId) {
        // the row lock serialises the pairings of one cadre until the pairing's transaction commits
        List<Integer> load = jdbc.queryForList("SELECT active_households FROM cadre WHERE cadre_id = ? FOR UPDATE",
                Integer.class, cadreId);
        return load.isEmpty() ? 0 : load.get(0);
    }

    @Override
    public Optional<CadreView> find(String cadreId) {
        return jdbc.query(SELECT + "WHERE c.cadre_id = ?", ROW, cadreId).stream().findFirst();
    }

    @Override
    public List<CadreView> within(String divisionPrefix, int limit) {
        return jdbc.query(SELECT + "WHERE c.division_code LIKE ? ORDER BY c.cadre_id LIMIT ?", ROW,
                divisionPrefix + "%", limit);
    }

    @Override
    public void storeContact(String cadreId, String contact) {
        jdbc.update("INSERT INTO cadre_contact (cadre_id, contact) VALUES (?, ?) "
                + "ON CONFLICT (cadre_id) DO UPDATE SET contact = EXCLUDED.contact", cadreId, contact);
    }
}
