package io.jiandang.reporting.register.application;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.jiandang.contracts.assistance.HouseholdPairedEvent;
import io.jiandang.contracts.assistance.HouseholdRepairedEvent;
import io.jiandang.contracts.assistance.PairingEndedEvent;
import io.jiandang.contracts.assistance.PovertyClassChangedEvent;
import io.jiandang.contracts.assistance.YearlyNetIncomePerHeadChangedEvent;
import io.jiandang.reporting.register.domain.Fact;
import io.jiandang.reporting.register.domain.FactKind;

import java.time.LocalDate;
import java.util.List;

/**
 * The readers of the assistance context's events (一帮一联) that the register counts, through the contract records
 * of {@code io.jiandang.contracts.assistance}: pairing (结对帮扶: paired, re-paired, ended), the poverty class
 * and the yearly per-capita net income. Each fact holds from the business date the event names
 * ({@code pairedOn}, {@code repairedOn}, {@code endedOn}, {@code changedOn}); the yearly income, which has none,
 * from the envelope's business date. Other assistance events (cadres, handbooks, income entries, measures) do not
 * move a figure of the register and are not read.
 */
public final class AssistanceFactReaders {

    private static final String TYPE = "io.jiandang.assistance.";
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private AssistanceFactReaders() {
    }

    /** Registers the assistance readers on the register's readers. */
    public static FactReaders registerOn(FactReaders readers) {
        readers.register(TYPE + "HouseholdPaired", (e, body, on) -> {
            HouseholdPairedEvent p = JSON.treeToValue(body, HouseholdPairedEvent.class);
            Fact fact = Fact.of(e.id(), FactKind.PAIRED, dated(p.pairedOn(), on), e.time()).withCadres(p.cadreId(), null);
            return List.of(new ReadFact(p.householdId(), p.divisionCode(), fact));
        });
        readers.register(TYPE + "HouseholdRepaired", (e, body, on) -> {
            HouseholdRepairedEvent r = JSON.treeToValue(body, HouseholdRepairedEvent.class);
            Fact fact = Fact.of(e.id(), FactKind.REPAIRED, dated(r.repairedOn(), on), e.time())
                    .withCadres(r.cadreId(), r.previousCadreId());
            return List.of(new ReadFact(r.householdId(), r.divisionCode(), fact));
        });
        readers.register(TYPE + "PairingEnded", (e, body, on) -> {
            PairingEndedEvent x = JSON.treeToValue(body, PairingEndedEvent.class);
            Fact fact = Fact.of(e.id(), FactKind.UNPAIRED, dated(x.endedOn(), on), e.time()).withCadres(x.cadreId(), null);
            return List.of(new ReadFact(x.householdId(), x.divisionCode(), fact));
        });
        readers.register(TYPE + "PovertyClassChanged", (e, body, on) -> {
            PovertyClassChangedEvent c = JSON.treeToValue(body, PovertyClassChangedEvent.class);
            Fact fact = Fact.of(e.id(), FactKind.CLASS_CHANGED, dated(c.changedOn(), on), e.time())
                    .withPovertyClass(c.povertyClass() == null ? null : c.povertyClass().name());
            return List.of(new ReadFact(c.householdId(), c.divisionCode(), fact));
        });
        readers.register(TYPE + "YearlyNetIncomePerHeadChanged", (e, body, on) -> {
            YearlyNetIncomePerHeadChangedEvent y = JSON.treeToValue(body, YearlyNetIncomePerHeadChangedEvent.class);
            Fact fact = Fact.of(e.id(), FactKind.INCOME_CHANGED, on, e.time()).withIncome(y.year(), y.netIncomePerHead());
            return List.of(new ReadFact(y.householdId(), y.divisionCode(), fact));
        });
        return readers;
    }

    private static LocalDate dated(LocalDate own, LocalDate envelopeDate) {
        return own != null ? own : envelopeDate;
    }
}
