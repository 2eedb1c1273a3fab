package io.jiandang.registration.household.adapters.out.readmodel;

import io.jiandang.contracts.registration.HouseholdChange;
import io.jiandang.contracts.registration.HouseholdEvent;
import io.jiandang.contracts.registration.HouseholdNominatedAsCandidateEvent;
import io.jiandang.contracts.registration.HouseholdRegisteredEvent;
import io.jiandang.contracts.registration.HouseholdRemovedEvent;
import io.jiandang.contracts.registration.HouseholdSurveyedEvent;
import io.jiandang.contracts.registration.HouseholdUpdatedEvent;
import io.jiandang.contracts.registration.HouseholdVetoedEvent;
import io.jiandang.contracts.registration.NoticeOpenedEvent;
import io.jiandang.contracts.registration.ObjectionLodgedEvent;
import io.jiandang.contracts.registration.ObjectionResolvedEvent;
import io.jiandang.contracts.registration.ProtectedMember;
import io.jiandang.contracts.registration.RegistrationRejectedEvent;
import io.jiandang.contracts.registration.RegistrationStepPassedEvent;
import io.jiandang.registration.household.api.HouseholdStatus;
import io.jiandang.registration.household.application.HouseholdView;
import io.jiandang.registration.household.application.MemberView;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * How each household event changes the household's view: a pure function of the previous view and the
 * event, so it is tested as a plain object and re-applying an event gives the same document.
 */
public final class HouseholdViewProjector {

    private final BiFunction<String, ProtectedMember, MemberView> members;

    /** @param members shows a household's member: decrypts the name and masks the ID number (the vault lives in this service) */
    public HouseholdViewProjector(BiFunction<String, ProtectedMember, MemberView> members) {
        this.members = members;
    }

    /** The view after the event, or {@code current} unchanged for events that do not concern the view. */
    public HouseholdView apply(HouseholdView current, HouseholdEvent event, long sequence) {
        if (event instanceof HouseholdSurveyedEvent e) {
            return new HouseholdView(e.householdId(), e.divisionCode(), HouseholdStatus.SURVEYED, e.score(),
                    e.policyVersion(), e.members().stream().map(m -> members.apply(e.householdId(), m)).toList(), e.causes(), e.areas(), null, null,
                    null, null, 0, null, null, null, null, null, sequence);
        }
        if (current == null) {
            throw new IllegalStateException("household " + event.householdId() + " has no view before " + event.getClass().getSimpleName());
        }
        Builder v = new Builder(current, sequence);
        if (event instanceof HouseholdNominatedAsCandidateEvent e) {
            v.status = HouseholdStatus.CANDIDATE;
            v.roundId = e.roundId();
        } else if (event instanceof NoticeOpenedEvent e) {
            v.openNotice = e.step();
            v.noticeClosesAt = e.closesAt();
        } else if (event instanceof RegistrationStepPassedEvent e) {
            v.lastPassedStep = e.step();
            if (e.step() == v.openNotice) {
                v.openNotice = null;
                v.noticeClosesAt = null;
            }
        } else if (event instanceof ObjectionLodgedEvent) {
            v.openObjections++;
        } else if (event instanceof ObjectionResolvedEvent) {
            v.openObjections = Math.max(0, v.openObjections - 1);
        } else if (event instanceof RegistrationRejectedEvent e) {
            v.status = HouseholdStatus.REJECTED;
            v.closingReason = e.reason();
            v.openNotice = null;
            v.noticeClosesAt = null;
        } else if (event instanceof HouseholdRegisteredEvent e) {
            v.status = HouseholdStatus.REGISTERED;
            v.score = e.score();
        } else if (event instanceof HouseholdVetoedEvent e) {
            v.status = HouseholdStatus.VETOED;
            v.vetoCode = e.vetoCode();
            v.closingReason = e.vetoDescription();
            v.openNotice = null;
            v.noticeClosesAt = null;
        } else if (event instanceof HouseholdRemovedEvent e) {
            v.status = HouseholdStatus.REMOVED;
            v.vetoCode = e.vetoCode();
            v.closingReason = e.reason();
        } else if (event instanceof HouseholdUpdatedEvent e) {
            v.lastUpdateCycle = e.cycle();
            HouseholdChange change = e.change();
            if (change instanceof HouseholdChange.MemberJoined joined) {
                v.members.add(members.apply(e.householdId(), joined.member()));
            } else if (change instanceof HouseholdChange.MemberLeft left) {
                v.members.removeIf(m -> m.memberId().equals(left.memberId()));
            } else if (change instanceof HouseholdChange.IncomeChanged income) {
                v.netIncomePerHead = income.netIncomePerHead();
            } else if (change instanceof HouseholdChange.HousingChanged housing) {
                v.housing = housing.condition();
            } else if (change instanceof HouseholdChange.CausesChanged causes) {
                v.causes = causes.causes();
            }
        }
        return v.build();
    }

    /** A mutable copy of a view, so each event changes only what it names. */
    private static final class Builder {
        final HouseholdView from;
        final long version;
        HouseholdStatus status;
        java.math.BigDecimal score;
        List<MemberView> members;
        java.util.Set<io.jiandang.contracts.registration.PovertyCause> causes;
        String roundId;
        io.jiandang.contracts.registration.RegistrationStep lastPassedStep;
        io.jiandang.contracts.registration.RegistrationStep openNotice;
        java.time.Instant noticeClosesAt;
        int openObjections;
        String closingReason;
        String vetoCode;
        java.math.BigDecimal netIncomePerHead;
        io.jiandang.contracts.registration.HousingCondition housing;
        String lastUpdateCycle;

        Builder(HouseholdView v, long version) {
            this.from = v;
            this.version = version;
            status = v.status();
            score = v.score();
            members = new ArrayList<>(v.members() == null ? List.of() : v.members());
            causes = v.causes();
            roundId = v.roundId();
            lastPassedStep = v.lastPassedStep();
            openNotice = v.openNotice();
            noticeClosesAt = v.noticeClosesAt();
            openObjections = v.openObjections();
            closingReason = v.closingReason();
            vetoCode = v.vetoCode();
            netIncomePerHead = v.netIncomePerHead();
            housing = v.housing();
            lastUpdateCycle = v.lastUpdateCycle();
        }

        HouseholdView build() {
            return new HouseholdView(from.householdId(), from.villageCode(), status, score, from.policyVersion(),
                    List.copyOf(members), causes, from.areas(), roundId, lastPassedStep, openNotice, noticeClosesAt,
                    openObjections, closingReason, vetoCode, netIncomePerHead, housing, lastUpdateCycle, version);
        }
    }
}
