package io.jiandang.relapse.relapsecase.adapters.out.readmodel;

import io.jiandang.contracts.exit.HouseholdExitedEvent;
import io.jiandang.contracts.registration.HouseholdEvent;
import io.jiandang.contracts.registration.HouseholdRegisteredEvent;
import io.jiandang.contracts.registration.HouseholdRemovedEvent;
import io.jiandang.contracts.relapse.RelapseAppliedEvent;
import io.jiandang.contracts.relapse.RelapseApprovedEvent;
import io.jiandang.contracts.relapse.RelapseRejectedEvent;
import io.jiandang.contracts.relapse.RelapseWithdrawnEvent;
import io.jiandang.relapse.relapsecase.application.HouseholdRelapseStanding;

/**
 * How events of three contexts change a household's standing in the relapse service: registration
 * (registered, removed), exit (the latest exit) and relapse (open case, poor again). A pure function of the previous
 * standing and the event; events that do not concern the standing return it unchanged (or {@code null} when there
 * was none).
 */
public final class HouseholdStandingProjector {

    /** The household an event concerns, or {@code null} when it concerns none this projector follows. */
    public static String householdOf(Object event) {
        if (event instanceof HouseholdEvent e) {
            return e.householdId();
        }
        if (event instanceof HouseholdExitedEvent e) {
            return e.householdId();
        }
        if (event instanceof io.jiandang.contracts.relapse.RelapseCaseEvent e) {
            return e.householdId();
        }
        return null;
    }

    public HouseholdRelapseStanding apply(HouseholdRelapseStanding current, Object event) {
        String householdId = householdOf(event);
        if (householdId == null) {
            return current;
        }
        S s = current != null ? new S(current) : new S(householdId);
        if (event instanceof HouseholdEvent e) {
            s.villageCode = e.divisionCode();
            if (e instanceof HouseholdRegisteredEvent) {
                s.registered = true;
            } else if (e instanceof HouseholdRemovedEvent) {
                s.removed = true;
            }
        } else if (event instanceof HouseholdExitedEvent e) {
            s.villageCode = e.divisionCode();
            // the latest exit by its business date: a redelivered older exit does not replace a newer one
            if (s.exitedOn == null || !e.exitedOn().isBefore(s.exitedOn)) {
                s.exitId = e.exitId();
                s.exitedOn = e.exitedOn();
            }
        } else if (event instanceof RelapseAppliedEvent e) {
            s.villageCode = e.divisionCode();
            s.openCaseId = e.caseId();
        } else if (event instanceof RelapseRejectedEvent e) {
            s.closeCase(e.caseId());
        } else if (event instanceof RelapseWithdrawnEvent e) {
            s.closeCase(e.caseId());
        } else if (event instanceof RelapseApprovedEvent e) {
            s.closeCase(e.caseId());
            s.poorAgainCaseId = e.caseId();
            s.poorAgainExitId = e.exitId();
            s.poorAgainFrom = e.poorAgainFrom();
        } else {
            return current;
        }
        return s.build();
    }

    private static final class S {
        final String householdId;
        String villageCode;
        boolean registered;
        boolean removed;
        String exitId;
        java.time.LocalDate exitedOn;
        String openCaseId;
        String poorAgainCaseId;
        String poorAgainExitId;
        java.time.LocalDate poorAgainFrom;

        S(String householdId) {
            this.householdId = householdId;
        }

        S(HouseholdRelapseStanding v) {
            householdId = v.householdId();
            villageCode = v.villageCode();
            registered = v.registered();
            removed = v.removed();
            exitId = v.exitId();
            exitedOn = v.exitedOn();
            openCaseId = v.openCaseId();
            poorAgainCaseId = v.poorAgainCaseId();
            poorAgainExitId = v.poorAgainExitId();
            poorAgainFrom = v.poorAgainFrom();
        }

        void closeCase(String caseId) {
            if (caseId.equals(openCaseId)) {
                openCaseId = null;
            }
        }

        HouseholdRelapseStanding build() {
            return new HouseholdRelapseStanding(householdId, villageCode, registered, removed, exitId, exitedOn,
                    openCaseId, poorAgainCaseId, poorAgainExitId, poorAgainFrom);
        }
    }
}
