package io.jiandang.assistance.income.domain;

import io.jiandang.contracts.assistance.IncomeEntryCountedEvent;
import io.jiandang.contracts.assistance.IncomeEntryRecordedEvent;
import io.jiandang.contracts.assistance.IncomeEntrySignedEvent;
import io.jiandang.contracts.assistance.IncomeSource;
import io.jiandang.contracts.assistance.Signatory;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The income register of a year as people read it, folded from the register's events: every entry with its
 * signatures and whether it counts, pending or was superseded, and the yearly figure from counted entries.
 */
public record IncomeRegisterSheet(int year, List<Line> entries, YearlyIncome yearly) {

    /** Where an entry stands. */
    public enum Standing { AWAITING_SIGNATURES, COUNTED, SUPERSEDED }

    /** One entry of the register. */
    public record Line(String entryId, YearMonth month, Map<IncomeSource, BigDecimal> amounts,
                       BigDecimal productionCosts, BigDecimal netIncome, int members, String supersedesEntryId,
                       String cadreSignedBy, Signatory householdSignatory, String householdEvidence, Standing standing) {
    }

    public static IncomeRegisterSheet fold(int year, List<Object> events) {
        Map<String, Line> lines = new LinkedHashMap<>();
        for (Object event : events) {
            if (event instanceof IncomeEntryRecordedEvent e) {
                if (e.supersedesEntryId() != null && lines.containsKey(e.supersedesEntryId())) {
                    Line old = lines.get(e.supersedesEntryId());
                    lines.put(old.entryId(), with(old, Standing.SUPERSEDED, old.cadreSignedBy(), old.householdSignatory(),
                            old.householdEvidence()));
                }
                lines.put(e.entryId(), new Line(e.entryId(), e.month(), e.amounts(), e.productionCosts(), e.netIncome(),
                        e.members(), e.supersedesEntryId(), null, null, null, Standing.AWAITING_SIGNATURES));
            } else if (event instanceof IncomeEntrySignedEvent e && lines.containsKey(e.entryId())) {
                Line l = lines.get(e.entryId());
                lines.put(l.entryId(), e.signatory() == Signatory.CADRE
                        ? with(l, l.standing(), e.recordedBy(), l.householdSignatory(), l.householdEvidence())
                        : with(l, l.standing(), l.cadreSignedBy(), e.signatory(), e.evidenceReference()));
            } else if (event instanceof IncomeEntryCountedEvent e && lines.containsKey(e.entryId())) {
                Line l = lines.get(e.entryId());
                lines.put(l.entryId(), with(l, Standing.COUNTED, l.cadreSignedBy(), l.householdSignatory(),
                        l.householdEvidence()));
            }
        }
        List<Line> sorted = new ArrayList<>(lines.values());
        sorted.sort(Comparator.comparing(Line::month).thenComparing(Line::entryId));
        YearlyIncome yearly = YearlyIncome.of(year, sorted.stream().filter(l -> l.standing() == Standing.COUNTED)
                .map(l -> new YearlyIncome.CountedMonth(l.month(), l.netIncome(), l.members())).toList());
        return new IncomeRegisterSheet(year, List.copyOf(sorted), yearly);
    }

    private static Line with(Line l, Standing standing, String cadre, Signatory household, String evidence) {
        return new Line(l.entryId(), l.month(), l.amounts(), l.productionCosts(), l.netIncome(), l.members(),
                l.supersedesEntryId(), cadre, household, evidence, standing);
    }
}
