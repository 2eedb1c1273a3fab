package io.jiandang.registration.household.application;

import io.jiandang.contracts.registration.HousingCondition;
import io.jiandang.contracts.registration.PovertyArea;
import io.jiandang.contracts.registration.PovertyCause;
import io.jiandang.contracts.registration.RegistrationStep;
import io.jiandang.registration.household.api.HouseholdStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A household as the GET endpoints show it. No ID number in clear: members carry the masked number only.
 *
 * @param householdId      the household's id
 * @param villageCode      its village (行政村) code
 * @param status           where it stands
 * @param score            its score
 * @param policyVersion    the policy version of the score
 * @param members          its current members
 * @param causes           the causes of poverty recorded last
 * @param areas            the kinds of area it lives in
 * @param roundId          the identification round that nominated it, or {@code null}
 * @param lastPassedStep   the last step of the procedure passed, or {@code null}
 * @param openNotice       the notice step open now, or {@code null}
 * @param noticeClosesAt   when the open notice's period ends, or {@code null}
 * @param openObjections   objections lodged and not yet resolved
 * @param closingReason    why the procedure ended or the household was removed (rejection, veto, removal), or
 *                         {@code null}
 * @param vetoCode         the veto applied, or {@code null}
 * @param netIncomePerHead the last income recorded by an update, or {@code null}
 * @param housing          the last housing condition recorded by an update, or {@code null}
 * @param lastUpdateCycle  the cycle of the last dynamic update, or {@code null}
 * @param version          the sequence number of the last event applied (for consumers' gap checks)
 */
public record HouseholdView(String householdId, String villageCode, HouseholdStatus status, BigDecimal score,
                            int policyVersion, List<MemberView> members, Set<PovertyCause> causes,
                            Set<PovertyArea> areas, String roundId, RegistrationStep lastPassedStep,
                            RegistrationStep openNotice, Instant noticeClosesAt, int openObjections,
                            String closingReason, String vetoCode, BigDecimal netIncomePerHead,
                            HousingCondition housing, String lastUpdateCycle, long version) {

    /** The number of people in the household. */
    public int people() {
        return members == null ? 0 : members.size();
    }
}
