package io.jiandang.security;

import io.jiandang.divisions.DivisionLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessRulesTest {

    private final Actor townshipOfficer =
            new Actor("township-officer", Role.INFORMATION_OFFICER, DivisionLevel.TOWNSHIP, "451227100000");

    @Test
    void roleRulePassesAnAllowedRoleAndRefusesOthers() {
        assertThatCode(() -> AccessRules.requireRole(townshipOfficer, Role.SUPERVISOR, Role.INFORMATION_OFFICER))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> AccessRules.requireRole(townshipOfficer, Role.AUDITOR))
                .isInstanceOfSatisfying(AccessRefusedException.class,
                        refused -> org.assertj.core.api.Assertions.assertThat(refused.rule())
                                .isEqualTo(AccessRefusedException.Rule.ROLE));
    }

    @Test
    void levelRulePassesAnAllowedLevelAndRefusesOthers() {
        assertThatCode(() -> AccessRules.requireLevel(townshipOfficer, DivisionLevel.TOWNSHIP))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> AccessRules.requireLevel(townshipOfficer, DivisionLevel.COUNTY, DivisionLevel.VILLAGE))
                .isInstanceOfSatisfying(AccessRefusedException.class,
                        refused -> org.assertj.core.api.Assertions.assertThat(refused.rule())
                                .isEqualTo(AccessRefusedException.Rule.LEVEL));
    }

    @Test
    void jurisdictionRulePassesAVillageOfTheTownshipAndRefusesAVillageOfAnother() {
        assertThatCode(() -> AccessRules.requireCovers(townshipOfficer, "451227100001")).doesNotThrowAnyException();
        assertThatThrownBy(() -> AccessRules.requireCovers(townshipOfficer, "451227101201"))
                .isInstanceOfSatisfying(AccessRefusedException.class,
                        refused -> org.assertj.core.api.Assertions.assertThat(refused.rule())
                                .isEqualTo(AccessRefusedException.Rule.JURISDICTION));
    }

    @Test
    void officerRuleChecksRoleThenLevelThenJurisdiction() {
        Actor supervisor = new Actor("supervisor", Role.SUPERVISOR, DivisionLevel.TOWNSHIP, "451227100000");
        assertThatThrownBy(() -> AccessRules.requireOfficerCovering(supervisor, "451227100001", DivisionLevel.TOWNSHIP))
                .hasFieldOrPropertyWithValue("rule", AccessRefusedException.Rule.ROLE);
        assertThatThrownBy(() -> AccessRules.requireOfficerCovering(townshipOfficer, "451227100001", DivisionLevel.COUNTY))
                .hasFieldOrPropertyWithValue("rule", AccessRefusedException.Rule.LEVEL);
        assertThatThrownBy(() -> AccessRules.requireOfficerCovering(townshipOfficer, "451221100001", DivisionLevel.TOWNSHIP))
                .hasFieldOrPropertyWithValue("rule", AccessRefusedException.Rule.JURISDICTION);
        assertThatCode(() -> AccessRules.requireOfficerCovering(townshipOfficer, "451227100001", DivisionLevel.TOWNSHIP))
                .doesNotThrowAnyException();
    }
}
