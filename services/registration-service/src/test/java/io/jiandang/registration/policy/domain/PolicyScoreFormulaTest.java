package io.jiandang.registration.policy.domain;

import io.jiandang.contracts.registration.Indicator;
import io.jiandang.registration.common.api.RegistrationErrorCode;
import io.jiandang.registration.common.api.RegistrationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.jiandang.registration.support.RegistrationTestData.ANSWERS;
import static io.jiandang.registration.support.RegistrationTestData.POLICY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** score = Σ weight × answer, answers between 0 and 1, rounded half-up to two decimals; lower = poorer. */
class PolicyScoreFormulaTest {

    @Test
    void theScoreIsTheWeightedSumOfTheAnswers() {
        // 40 × 0.1 + 35 × 0.2 + 25 × 0.5
        assertThat(POLICY.score(ANSWERS)).isEqualByComparingTo("23.5").hasScaleOf(2);
    }

    @Test
    void aHouseholdThatMeetsEveryItemScoresTheSumOfTheWeights() {
        Map<String, BigDecimal> all = Map.of("income.perHead", BigDecimal.ONE, "housing.safe", BigDecimal.ONE,
                "labour.ablePersons", BigDecimal.ONE);
        Map<String, BigDecimal> none = Map.of("income.perHead", BigDecimal.ZERO, "housing.safe", BigDecimal.ZERO,
                "labour.ablePersons", BigDecimal.ZERO);
        assertThat(POLICY.score(all)).isEqualByComparingTo("100");
        assertThat(POLICY.score(none)).isEqualByComparingTo("0");
    }

    @Test
    void theScoreIsRoundedHalfUpToTwoDecimals() {
        PolicyRules policy = new PolicyRules(1, List.of(new Indicator("a", "a", new BigDecimal("3.333"))), List.of(),
                7, Map.of());
        assertThat(policy.score(Map.of("a", new BigDecimal("0.5")))).isEqualTo(new BigDecimal("1.67"));
    }

    @Test
    void anAnswerOutsideZeroToOneIsRefused() {
        Map<String, BigDecimal> answers = new HashMap<>(ANSWERS);
        answers.put("housing.safe", new BigDecimal("1.5"));
        assertRefused(answers, RegistrationErrorCode.INDICATOR_ANSWER_OUT_OF_RANGE, "answers.housing.safe");
        answers.put("housing.safe", new BigDecimal("-0.1"));
        assertRefused(answers, RegistrationErrorCode.INDICATOR_ANSWER_OUT_OF_RANGE, "answers.housing.safe");
    }

    @Test
    void anAnswerToAnItemOutsideThePolicyIsRefused() {
        Map<String, BigDecimal> answers = new HashMap<>(ANSWERS);
        answers.put("car.owned", BigDecimal.ONE);
        assertRefused(answers, RegistrationErrorCode.UNKNOWN_INDICATOR, "answers.car.owned");
    }

    @Test
    void aMissingAnswerIsRefusedRatherThanReadAsZero() {
        Map<String, BigDecimal> answers = new HashMap<>(ANSWERS);
        answers.remove("labour.ablePersons");
        assertRefused(answers, RegistrationErrorCode.MISSING_INDICATOR_ANSWER, "answers.labour.ablePersons");
    }

    @Test
    void aPolicyWithoutIndicatorsOrWithANonPositiveWeightIsInvalid() {
        assertThatThrownBy(() -> new PolicyRules(1, List.of(), List.of(), 7, Map.of()))
                .isInstanceOfSatisfying(RegistrationException.class,
                        e -> assertThat(e.code()).isEqualTo(RegistrationErrorCode.POLICY_INVALID));
        assertThatThrownBy(() -> new PolicyRules(1, List.of(new Indicator("a", "a", BigDecimal.ZERO)), List.of(), 7,
                Map.of()))
                .isInstanceOfSatisfying(RegistrationException.class,
                        e -> assertThat(e.field()).isEqualTo("indicators[0].weight"));
        assertThatThrownBy(() -> new PolicyRules(1, List.of(new Indicator("a", "a", BigDecimal.ONE)), List.of(), 0,
                Map.of()))
                .isInstanceOfSatisfying(RegistrationException.class,
                        e -> assertThat(e.field()).isEqualTo("noticePeriodDays"));
    }

    @Test
    void vetoRulesAreLookedUpByCode() {
        assertThat(POLICY.vetoRule("PUBLIC_PAYROLL")).isPresent();
        assertThat(POLICY.vetoRule("OWNS_A_CAR")).isEmpty();
    }

    private static void assertRefused(Map<String, BigDecimal> answers, RegistrationErrorCode code, String field) {
        assertThatThrownBy(() -> POLICY.score(answers))
                .isInstanceOfSatisfying(RegistrationException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.field()).isEqualTo(field);
                });
    }
}
