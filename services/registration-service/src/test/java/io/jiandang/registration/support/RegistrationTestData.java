package io.jiandang.registration.support;

import io.jiandang.contracts.registration.Indicator;
import io.jiandang.contracts.registration.VetoRule;
import io.jiandang.contracts.registration.VetoScope;
import io.jiandang.divisions.DivisionLevel;
import io.jiandang.registration.policy.domain.PolicyRules;
import io.jiandang.registration.policy.domain.RegistrationPolicies;
import io.jiandang.security.Actor;
import io.jiandang.security.Role;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Divisions, officers and a policy shared by the registration tests (Bama county, Hechi, Guangxi). */
public final class RegistrationTestData {

    public static final String COUNTY = "451227";
    public static final String TOWNSHIP = "451227101000";
    public static final String VILLAGE = "451227101201";
    public static final String OTHER_COUNTY = "451228";

    public static final Actor VILLAGE_OFFICER = officer("village-officer", DivisionLevel.VILLAGE, VILLAGE);
    public static final Actor TOWNSHIP_OFFICER = officer("township-officer", DivisionLevel.TOWNSHIP, TOWNSHIP);
    public static final Actor COUNTY_OFFICER = officer("county-officer", DivisionLevel.COUNTY, COUNTY);
    public static final Actor OTHER_COUNTY_OFFICER = officer("other-county-officer", DivisionLevel.COUNTY, OTHER_COUNTY);
    public static final Actor OTHER_VILLAGE_OFFICER = officer("other-village-officer", DivisionLevel.VILLAGE,
            "451227101202");
    public static final Actor POLICY_ADMINISTRATOR = new Actor("policy-admin", Role.POLICY_ADMINISTRATOR,
            DivisionLevel.REGION, "450000");

    /** Valid ID numbers (GB 11643 check characters computed); the first is the standard's published example. */
    public static final String PUBLISHED_EXAMPLE_ID = "11010519491231002X";
    public static final String HEAD_ID = "451227196003050015";
    public static final String SPOUSE_ID = "451227196208170029";
    public static final String CHILD_ID = "451227198501010031";
    public static final String NEWBORN_ID = "451227201609090074";
    public static final String OTHER_PERSON_ID = "451228197001010061";

    public static final int POLICY_VERSION = 3;
    public static final int NOTICE_DAYS = 7;

    public static final PolicyRules POLICY = new PolicyRules(POLICY_VERSION,
            List.of(new Indicator("income", "income.perHead", new BigDecimal("40")),
                    new Indicator("housing", "housing.safe", new BigDecimal("35")),
                    new Indicator("labour", "labour.ablePersons", new BigDecimal("25"))),
            List.of(new VetoRule("PUBLIC_PAYROLL", "A member is paid from public funds (财政供养人员)",
                            VetoScope.REGISTRATION_AND_KEEPING),
                    new VetoRule("REGISTERED_COMPANY", "A member has registered a company (注册公司)",
                            VetoScope.REGISTRATION_AND_KEEPING),
                    new VetoRule("TOWN_HOUSE", "A commercial home bought in a town (城镇购买商品住房)",
                            VetoScope.REGISTRATION_ONLY)),
            NOTICE_DAYS, Map.of());

    /** income 0.1 × 40 + housing 0.2 × 35 + labour 0.5 × 25 = 4 + 7 + 12.5 = 23.50 */
    public static final Map<String, BigDecimal> ANSWERS = Map.of(
            "income.perHead", new BigDecimal("0.1"),
            "housing.safe", new BigDecimal("0.2"),
            "labour.ablePersons", new BigDecimal("0.5"));
    public static final BigDecimal SCORE = new BigDecimal("23.50");

    private RegistrationTestData() {
    }

    public static Actor officer(String id, DivisionLevel level, String code) {
        return new Actor(id, Role.INFORMATION_OFFICER, level, code);
    }

    /** The policy port with the given published policy, or none. */
    public static RegistrationPolicies policies(PolicyRules... published) {
        return new RegistrationPolicies() {
            @Override
            public Optional<PolicyRules> current() {
                return published.length == 0 ? Optional.empty() : Optional.of(published[published.length - 1]);
            }

            @Override
            public Optional<PolicyRules> version(int version) {
                return List.of(published).stream().filter(p -> p.version() == version).findFirst();
            }
        };
    }
}
