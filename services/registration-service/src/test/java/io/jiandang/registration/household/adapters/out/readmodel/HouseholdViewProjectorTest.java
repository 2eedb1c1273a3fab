package io.jiandang.registration.household.adapters.out.readmodel;

import io.jiandang.contracts.registration.HouseholdChange;
import io.jiandang.contracts.registration.HouseholdNominatedAsCandidateEvent;
import io.jiandang.contracts.registration.HouseholdRegisteredEvent;
import io.jiandang.contracts.registration.HouseholdSurveyedEvent;
import io.jiandang.contracts.registration.HouseholdUpdatedEvent;
import io.jiandang.contracts.registration.HouseholdVetoedEvent;
import io.jiandang.contracts.registration.NoticeOpenedEvent;
import io.jiandang.contracts.registration.PovertyArea;
import io.jiandang.contracts.registration.PovertyCause;
import io.jiandang.contracts.registration.ProtectedMember;
import io.jiandang.contracts.registration.RegistrationStep;
import io.jiandang.contracts.registration.RegistrationStepPassedEvent;
import io.jiandang.contracts.registration.RelationToHead;
import io.jiandang.contracts.registration.Sex;
import io.jiandang.registration.household.api.HouseholdStatus;
import io.jiandang.registration.household.application.HouseholdView;
import io.jiandang.registration.household.application.MemberView;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HouseholdViewProjectorTest {

    private static final String VILLAGE = "451227101201";
    private final HouseholdViewProjector projector = new HouseholdViewProjector((household, member) ->
            new MemberView(member.memberId(), "name of " + member.memberId(), "4512**********0011",
                    member.relationToHead(), member.birthYear(), member.sex()));

    @Test
    void aSurveyedHouseholdIsShownWithItsScoreAndMaskedMembers() {
        HouseholdView view = surveyed();

        assertThat(view.status()).isEqualTo(HouseholdStatus.SURVEYED);
        assertThat(view.score()).isEqualByComparingTo("31.5");
        assertThat(view.people()).isEqualTo(2);
        assertThat(view.members()).extracting(MemberView::idNumberMasked).containsOnly("4512**********0011");
        assertThat(view.version()).isZero();
    }

    @Test
    void theProcedureMovesTheStatusFromCandidateToRegistered() {
        HouseholdView view = surveyed();
        view = projector.apply(view, new HouseholdNominatedAsCandidateEvent("h-1", VILLAGE, "r-1", new BigDecimal("40")), 1);
        assertThat(view.status()).isEqualTo(HouseholdStatus.CANDIDATE);

        view = projector.apply(view, new NoticeOpenedEvent("h-1", VILLAGE, RegistrationStep.VILLAGE_PUBLIC_NOTICE,
                Instant.parse("2016-10-01T00:00:00Z"), Instant.parse("2016-10-08T00:00:00Z"), 7, 1), 2);
        assertThat(view.openNotice()).isEqualTo(RegistrationStep.VILLAGE_PUBLIC_NOTICE);

        view = projector.apply(view, new RegistrationStepPassedEvent("h-1", VILLAGE, RegistrationStep.VILLAGE_PUBLIC_NOTICE, null), 3);
        assertThat(view.openNotice()).isNull();
        assertThat(view.lastPassedStep()).isEqualTo(RegistrationStep.VILLAGE_PUBLIC_NOTICE);

        view = projector.apply(view, new HouseholdRegisteredEvent("h-1", VILLAGE, new BigDecimal("31.5"), 1, 2), 4);
        assertThat(view.status()).isEqualTo(HouseholdStatus.REGISTERED);
        assertThat(view.version()).isEqualTo(4);
    }

    @Test
    void aVetoClosesTheProcedureWithItsCode() {
        HouseholdView view = projector.apply(surveyed(),
                new HouseholdVetoedEvent("h-1", VILLAGE, "REGISTERED_COMPANY", "注册公司", "business register", 1), 1);

        assertThat(view.status()).isEqualTo(HouseholdStatus.VETOED);
        assertThat(view.vetoCode()).isEqualTo("REGISTERED_COMPANY");
    }

    @Test
    void aMemberWhoLeavesIsNoLongerShown() {
        HouseholdView view = projector.apply(surveyed(),
                new HouseholdUpdatedEvent("h-1", VILLAGE, "2016-Q4", new HouseholdChange.MemberLeft("2", "moved away")), 1);

        assertThat(view.members()).extracting(MemberView::memberId).containsExactly("1");
        assertThat(view.lastUpdateCycle()).isEqualTo("2016-Q4");
    }

    @Test
    void applyingTheSameEventTwiceGivesTheSameView() {
        HouseholdNominatedAsCandidateEvent nominated = new HouseholdNominatedAsCandidateEvent("h-1", VILLAGE, "r-1", BigDecimal.TEN);
        HouseholdView once = projector.apply(surveyed(), nominated, 1);

        assertThat(projector.apply(once, nominated, 1)).isEqualTo(once);
    }

    @Test
    void anEventBeforeTheSurveyIsRefused() {
        assertThatThrownBy(() -> projector.apply(null,
                new HouseholdNominatedAsCandidateEvent("h-1", VILLAGE, "r-1", BigDecimal.TEN), 1))
                .isInstanceOf(IllegalStateException.class);
    }

    private HouseholdView surveyed() {
        return projector.apply(null, new HouseholdSurveyedEvent("h-1", VILLAGE, List.of(
                        new ProtectedMember("1", "c1", "c1", "f1", RelationToHead.HEAD, 1970, Sex.MALE),
                        new ProtectedMember("2", "c2", "c2", "f2", RelationToHead.SPOUSE, 1972, Sex.FEMALE)),
                new BigDecimal("31.5"), 1, Map.of("income", new BigDecimal("0.2")), Set.of(PovertyCause.ILLNESS),
                Set.of(PovertyArea.ROCKY_MOUNTAIN)), 0);
    }
}
