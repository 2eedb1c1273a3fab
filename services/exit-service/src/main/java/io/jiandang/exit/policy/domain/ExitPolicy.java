package io.jiandang.exit.policy.domain;

import io.jiandang.contracts.exit.ExitCriterion;
import io.jiandang.contracts.exit.ExitPolicyPublishedEvent;
import io.jiandang.contracts.exit.PlanFactor;
import io.jiandang.exit.common.api.ExitErrorCode;
import io.jiandang.exit.common.api.ExitException;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One published version of the exit policy (policy data): what the exit rules read. The published event is the
 * policy's whole content, so a decision can always be re-read under the version it was made with.
 */
public record ExitPolicy(ExitPolicyPublishedEvent published) {

    /** The default incidence threshold (percent): under 3%. */
    public static final BigDecimal DEFAULT_INCIDENCE_THRESHOLD = new BigDecimal("3");

    public int version() {
        return published.version();
    }

    /** That year's national income line (yuan per head). */
    public Optional<BigDecimal> incomeLine(int year) {
        return Optional.ofNullable(published.incomeLines().get(year));
    }

    public List<ExitCriterion> householdGuarantees() {
        return published.householdGuarantees();
    }

    public List<ExitCriterion> villageCriteria() {
        return published.villageCriteria();
    }

    public List<ExitCriterion> countyCriteria() {
        return published.countyCriteria();
    }

    public List<ExitCriterion> vetoRules() {
        return published.vetoRules();
    }

    public List<PlanFactor> planFactors() {
        return published.planFactors();
    }

    public BigDecimal incidenceThresholdPercent() {
        return published.incidenceThresholdPercent();
    }

    /** Refuses a policy that the rules could not apply, naming the field. */
    public static void validate(ExitPolicyPublishedEvent p) {
        if (p.version() < 1) {
            throw invalid("version", "The version starts at 1");
        }
        if (p.effectiveFrom() == null) {
            throw invalid("effectiveFrom", "The date the version holds from is required");
        }
        if (p.incomeLines() == null || p.incomeLines().isEmpty()) {
            throw invalid("incomeLines", "At least one year's national income line is required");
        }
        for (Map.Entry<Integer, BigDecimal> line : p.incomeLines().entrySet()) {
            if (line.getKey() == null || line.getValue() == null || line.getValue().signum() <= 0) {
                throw invalid("incomeLines." + line.getKey(), "An income line is a positive amount of yuan");
            }
        }
        if (p.incomeMonthsRequired() < 1 || p.incomeMonthsRequired() > 12) {
            throw invalid("incomeMonthsRequired", "Between 1 and 12 months");
        }
        checklist("householdGuarantees", p.householdGuarantees());
        checklist("villageCriteria", p.villageCriteria());
        checklist("countyCriteria", p.countyCriteria());
        checklist("vetoRules", p.vetoRules());
        BigDecimal threshold = p.incidenceThresholdPercent();
        if (threshold == null || threshold.signum() <= 0 || threshold.compareTo(new BigDecimal("100")) >= 0) {
            throw invalid("incidenceThresholdPercent", "A percentage above 0 and below 100");
        }
        if (p.noticePeriodDays() < 1) {
            throw invalid("noticePeriodDays", "At least one day of public notice");
        }
        if (p.trackingYears() < 0 || p.observationYears() < 0) {
            throw invalid("trackingYears", "Years of tracking and observation are not negative");
        }
        if (p.planFactors() == null || p.planFactors().isEmpty()) {
            throw invalid("planFactors", "The factor method needs its indicators and weights");
        }
        Set<Object> indicators = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < p.planFactors().size(); i++) {
            PlanFactor f = p.planFactors().get(i);
            if (f == null || f.indicator() == null || f.direction() == null || f.weight() == null || f.weight().signum() <= 0) {
                throw invalid("planFactors[" + i + "]", "Each factor names an indicator, a positive weight and a direction");
            }
            if (!indicators.add(f.indicator())) {
                throw invalid("planFactors[" + i + "].indicator", "Each indicator is weighed once");
            }
            sum = sum.add(f.weight());
        }
        if (sum.compareTo(new BigDecimal("100")) != 0) {
            throw invalid("planFactors", "The weights add up to 100, not " + sum.toPlainString());
        }
    }

    private static void checklist(String field, List<ExitCriterion> criteria) {
        if (criteria == null || criteria.isEmpty()) {
            throw invalid(field, "The checklist has at least one criterion");
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < criteria.size(); i++) {
            ExitCriterion c = criteria.get(i);
            if (c == null || c.code() == null || c.code().isBlank() || c.description() == null || c.description().isBlank()) {
                throw invalid(field + "[" + i + "]", "A criterion has a code and a description");
            }
            if (!codes.add(c.code())) {
                throw invalid(field + "[" + i + "].code", "Codes are unique within a checklist");
            }
        }
    }

    private static ExitException invalid(String field, String message) {
        return ExitException.invalid(ExitErrorCode.POLICY_INVALID, field, message);
    }
}
