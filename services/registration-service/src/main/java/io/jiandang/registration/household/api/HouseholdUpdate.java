package io.jiandang.registration.household.api;

import io.jiandang.contracts.registration.HousingCondition;
import io.jiandang.contracts.registration.PovertyCause;

import java.math.BigDecimal;
import java.util.Set;

/** One change of a dynamic update, as the officer asks for it (a joining member's ID number in clear). */
public sealed interface HouseholdUpdate {

    record JoinMember(SurveyedMember member) implements HouseholdUpdate {
    }

    record LeaveMember(String memberId, String reason) implements HouseholdUpdate {
    }

    record ChangeIncome(BigDecimal netIncomePerHead) implements HouseholdUpdate {
    }

    record ChangeHousing(HousingCondition condition) implements HouseholdUpdate {
    }

    record ChangeCauses(Set<PovertyCause> causes) implements HouseholdUpdate {
    }
}
