package io.jiandang.relapse.policy.domain;

import io.jiandang.contracts.relapse.RelapsePolicyPublishedEvent;
import io.jiandang.contracts.relapse.RelapseStep;
import io.jiandang.relapse.common.api.RelapseErrorCode;
import io.jiandang.relapse.common.api.RelapseException;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One version of the relapse policy: how long the township's public notice runs, and how many days each step
 * after the application may take, counted from the day the previous step was passed. Every step after the
 * application has a deadline; the township step's deadline includes its notice period.
 */
public record RelapsePolicyRules(int version, int noticePeriodDays, Map<RelapseStep, Integer> stepDeadlineDays) {

    /** The notice period when the administrator names none (the report's 7 days). */
    public static final int DEFAULT_NOTICE_PERIOD_DAYS = 7;

    public RelapsePolicyRules {
        if (version < 1) {
            throw invalid("version", "MIN_1", "Versions start at 1");
        }
        if (noticePeriodDays < 1 || noticePeriodDays > 60) {
            throw invalid("noticePeriodDays", "RANGE_1_60", "The notice period is 1 to 60 days");
        }
        Map<RelapseStep, Integer> checked = new EnumMap<>(RelapseStep.class);
        for (RelapseStep step : RelapseStep.values()) {
            if (step == RelapseStep.APPLICATION) {
                continue;
            }
            Integer days = stepDeadlineDays == null ? null : stepDeadlineDays.get(step);
            if (days == null || days < 1 || days > 365) {
                throw invalid("stepDeadlineDays." + step, "RANGE_1_365", "Each step after the application has a "
                        + "deadline of 1 to 365 days");
            }
            checked.put(step, days);
        }
        if (checked.get(RelapseStep.TOWNSHIP_REVIEW_AND_NOTICE) <= noticePeriodDays) {
            throw invalid("stepDeadlineDays." + RelapseStep.TOWNSHIP_REVIEW_AND_NOTICE, "LONGER_THAN_NOTICE",
                    "The township step's deadline must leave time beyond its notice period");
        }
        if (stepDeadlineDays.containsKey(RelapseStep.APPLICATION)) {
            throw invalid("stepDeadlineDays." + RelapseStep.APPLICATION, "NO_DEADLINE",
                    "The application starts the case and has no deadline");
        }
        stepDeadlineDays = Collections.unmodifiableMap(new LinkedHashMap<>(checked));
    }

    public static RelapsePolicyRules of(RelapsePolicyPublishedEvent event) {
        return new RelapsePolicyRules(event.version(), event.noticePeriodDays(), event.stepDeadlineDays());
    }

    /** The days a step may take after the previous one was passed. */
    public int deadlineDays(RelapseStep step) {
        Integer days = stepDeadlineDays.get(step);
        if (days == null) {
            throw new IllegalArgumentException(step + " has no deadline");
        }
        return days;
    }

    private static RelapseException invalid(String field, String rule, String message) {
        return new RelapseException(RelapseErrorCode.POLICY_INVALID, message, field, rule);
    }
}
