package io.jiandang.assistance.handbook.domain;

import io.jiandang.assistance.income.domain.IncomeRegisterSheet;
import io.jiandang.contracts.assistance.AssistanceMeasureChosenEvent;
import io.jiandang.contracts.assistance.AssistanceRecordedEvent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The content of a household's handbook of a year, folded from the handbook's events and the income register's
 * events. Both copies are rendered from this one value; only the copy's label differs.
 */
public record HandbookDocument(String householdId, String divisionCode, String villageName, int year, int members,
                               String povertyClass, BigDecimal standardPerHousehold, List<CadreLine> cadres,
                               List<AssistanceMeasureChosenEvent> measures, List<AssistanceRecordedEvent> records,
                               IncomeRegisterSheet income) {

    /** The two printed copies of the handbook (一册两份). */
    public enum Copy {
        /** 户存. */
        HOUSEHOLD("农户留存"),
        /** 干部存. */
        CADRE("帮扶干部留存");

        private final String label;

        Copy(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A cadre on the handbook's cover and contact card (联系卡). */
    public record CadreLine(String name, String unit, String contact) {
    }

    public static HandbookDocument fold(String householdId, String divisionCode, String villageName, int year,
                                        int members, String povertyClass, BigDecimal standard, List<CadreLine> cadres,
                                        List<Object> handbookEvents, IncomeRegisterSheet income) {
        List<AssistanceMeasureChosenEvent> measures = new ArrayList<>();
        List<AssistanceRecordedEvent> records = new ArrayList<>();
        for (Object event : handbookEvents) {
            if (event instanceof AssistanceMeasureChosenEvent e) {
                measures.add(e);
            } else if (event instanceof AssistanceRecordedEvent e) {
                records.add(e);
            }
        }
        return new HandbookDocument(householdId, divisionCode, villageName, year, members, povertyClass, standard,
                List.copyOf(cadres), List.copyOf(measures), List.copyOf(records), income);
    }
}
