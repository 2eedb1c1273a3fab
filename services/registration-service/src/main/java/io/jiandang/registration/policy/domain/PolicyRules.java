package io.jiandang.registration.policy.domain;

import io.jiandang.contracts.registration.Indicator;
import io.jiandang.contracts.registration.RegistrationPolicyPublishedEvent;
import io.jiandang.contracts.registration.VetoRule;
import io.jiandang.registration.common.api.RegistrationErrorCode;
import io.jiandang.registration.common.api.RegistrationException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One version of the registration policy as the rules apply it: the indicator system (指标体系) with its
 * weights, the veto rules (一票否决), the notice period (公示期) and the poverty-class thresholds.
 *
 * <h2>The score (逐户打分)</h2>
 * Each answer is the degree, between 0 and 1, to which the household meets an indicator item (0: not at all,
 * e.g. no safe housing; 1: fully, e.g. safe housing). The score is
 * <pre>score = Σ over the policy's items of weight(item) × answer(item)</pre>
 * rounded half-up to two decimals. With weights summing to 100 the score runs from 0 to 100; a lower score
 * means a poorer household. Every item of the policy must be answered: a missing answer is refused rather
 * than read as 0, which would make a household look poorer than surveyed.
 */
public record PolicyRules(int version, List<Indicator> indicators, List<VetoRule> vetoRules, int noticePeriodDays,
                          Map<String, BigDecimal> povertyClassThresholds) {

    public PolicyRules {
        indicators = List.copyOf(indicators == null ? List.of() : indicators);
        vetoRules = List.copyOf(vetoRules == null ? List.of() : vetoRules);
        povertyClassThresholds = povertyClassThresholds == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(povertyClassThresholds));
        validate(version, indicators, vetoRules, noticePeriodDays, povertyClassThresholds);
    }

    public static PolicyRules of(RegistrationPolicyPublishedEvent event) {
        return new PolicyRules(event.version(), event.indicators(), event.vetoRules(), event.noticePeriodDays(),
                event.povertyClassThresholds());
    }

    private static void validate(int version, List<Indicator> indicators, List<VetoRule> vetoRules,
                                 int noticePeriodDays, Map<String, BigDecimal> thresholds) {
        if (version < 1) {
            throw invalid("version", "POSITIVE", "The version must be 1 or more");
        }
        if (indicators.isEmpty()) {
            throw invalid("indicators", "NOT_EMPTY", "A policy needs at least one indicator item");
        }
        Set<String> items = new HashSet<>();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            if (indicator.item() == null || indicator.item().isBlank()) {
                throw invalid("indicators[" + i + "].item", "NOT_BLANK", "Each indicator needs an item key");
            }
            if (indicator.category() == null || indicator.category().isBlank()) {
                throw invalid("indicators[" + i + "].category", "NOT_BLANK", "Each indicator needs a category");
            }
            if (indicator.weight() == null || indicator.weight().signum() <= 0) {
                throw invalid("indicators[" + i + "].weight", "POSITIVE", "Each weight must be above 0");
            }
            if (!items.add(indicator.item())) {
                throw invalid("indicators[" + i + "].item", "UNIQUE", "Item " + indicator.item() + " is listed twice");
            }
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < vetoRules.size(); i++) {
            VetoRule rule = vetoRules.get(i);
            if (rule.code() == null || rule.code().isBlank()) {
                throw invalid("vetoRules[" + i + "].code", "NOT_BLANK", "Each veto rule needs a code");
            }
            if (rule.description() == null || rule.description().isBlank()) {
                throw invalid("vetoRules[" + i + "].description", "NOT_BLANK", "Each veto rule needs a description");
            }
            if (rule.blocks() == null) {
                throw invalid("vetoRules[" + i + "].blocks", "NOT_NULL", "Each veto rule says what it blocks");
            }
            if (!codes.add(rule.code())) {
                throw invalid("vetoRules[" + i + "].code", "UNIQUE", "Veto code " + rule.code() + " is listed twice");
            }
        }
        if (noticePeriodDays < 1) {
            throw invalid("noticePeriodDays", "POSITIVE", "A notice lasts at least one day");
        }
        thresholds.forEach((name, bound) -> {
            if (bound == null || bound.signum() < 0) {
                throw invalid("povertyClassThresholds." + name, "NOT_NEGATIVE", "A threshold is a score of 0 or more");
            }
        });
    }

    private static RegistrationException invalid(String field, String rule, String message) {
        return new RegistrationException(RegistrationErrorCode.POLICY_INVALID, message, field, rule);
    }

    /**
     * Scores a household's answers (see the class comment for the formula).
     *
     * @throws RegistrationException UNKNOWN_INDICATOR, MISSING_INDICATOR_ANSWER or INDICATOR_ANSWER_OUT_OF_RANGE,
     *                               naming the field {@code answers.<item>}
     */
    public BigDecimal score(Map<String, BigDecimal> answers) {
        Map<String, BigDecimal> given = answers == null ? Map.of() : answers;
        Set<String> known = new HashSet<>();
        indicators.forEach(indicator -> known.add(indicator.item()));
        for (String item : given.keySet()) {
            if (!known.contains(item)) {
                throw new RegistrationException(RegistrationErrorCode.UNKNOWN_INDICATOR,
                        "Item " + item + " is not in policy version " + version, "answers." + item, "KNOWN_ITEM");
            }
        }
        BigDecimal score = BigDecimal.ZERO;
        for (Indicator indicator : indicators) {
            BigDecimal answer = given.get(indicator.item());
            if (answer == null) {
                throw new RegistrationException(RegistrationErrorCode.MISSING_INDICATOR_ANSWER,
                        "Item " + indicator.item() + " of policy version " + version + " is not answered",
                        "answers." + indicator.item(), "ANSWERED");
            }
            if (answer.signum() < 0 || answer.compareTo(BigDecimal.ONE) > 0) {
                throw new RegistrationException(RegistrationErrorCode.INDICATOR_ANSWER_OUT_OF_RANGE,
                        "An answer is a degree between 0 and 1", "answers." + indicator.item(), "BETWEEN_0_AND_1");
            }
            score = score.add(indicator.weight().multiply(answer));
        }
        return score.setScale(2, RoundingMode.HALF_UP);
    }

    public Optional<VetoRule> vetoRule(String code) {
        return vetoRules.stream().filter(rule -> rule.code().equals(code)).findFirst();
    }
}
