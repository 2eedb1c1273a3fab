package io.jiandang.assistance.support;

import io.jiandang.assistance.policy.domain.AssistancePolicies;
import io.jiandang.assistance.policy.domain.PolicyTerms;
import io.jiandang.contracts.assistance.PovertyClass;
import io.jiandang.contracts.assistance.PovertyClassThresholds;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** Policy versions for fixtures: thresholds 30 / 45 / 60, standards 3000 / 5000 / 8000 / 12000 yuan. */
public final class Policies implements AssistancePolicies {

    private PolicyTerms current;

    public static Policies none() {
        return new Policies();
    }

    public static Policies withLimit(int householdsPerCadre) {
        Policies policies = new Policies();
        policies.publish(1, householdsPerCadre, "30", "45", "60");
        return policies;
    }

    public Policies publish(int version, int householdsPerCadre, String extremeBelow, String specialBelow, String mediumBelow) {
        current = new PolicyTerms(version, householdsPerCadre, new PovertyClassThresholds(new BigDecimal(extremeBelow),
                new BigDecimal(specialBelow), new BigDecimal(mediumBelow)), standards());
        return this;
    }

    public static Map<PovertyClass, BigDecimal> standards() {
        return Map.of(PovertyClass.GENERAL, new BigDecimal("3000"), PovertyClass.MEDIUM, new BigDecimal("5000"),
                PovertyClass.SPECIAL, new BigDecimal("8000"), PovertyClass.EXTREME, new BigDecimal("12000"));
    }

    @Override
    public Optional<PolicyTerms> current() {
        return Optional.ofNullable(current);
    }
}
