package io.jiandang.assistance.household.adapters.out.readmodel;

import io.jiandang.assistance.household.application.RegisteredHousehold;
import io.jiandang.assistance.household.application.RegisteredHousehold.Status;
import io.jiandang.contracts.registration.HouseholdChange;
import io.jiandang.contracts.registration.HouseholdEvent;
import io.jiandang.contracts.registration.HouseholdRegisteredEvent;
import io.jiandang.contracts.registration.HouseholdRemovedEvent;
import io.jiandang.contracts.registration.HouseholdSurveyedEvent;
import io.jiandang.contracts.registration.HouseholdUpdatedEvent;
import io.jiandang.contracts.registration.HouseholdVetoedEvent;
import io.jiandang.contracts.registration.RegistrationRejectedEvent;

/**
 * How a registration event changes this service's view of the household: a pure function, tested as a plain
 * object. Events that do not concern assistance leave the view as it is (only the sequence moves).
 */
public final class RegisteredHouseholdProjector {

    /** The view after the event; {@code current} is {@code null} before the household's first event. */
    public RegisteredHousehold apply(RegisteredHousehold current, HouseholdEvent event, long sequence) {
        if (event instanceof HouseholdSurveyedEvent e) {
            return new RegisteredHousehold(e.householdId(), e.divisionCode(), Status.SURVEYED, e.score(),
                    e.members().size(), sequence);
        }
        if (current == null) {
            // registration is older than this service's view: start from what the event says
            current = new RegisteredHousehold(event.householdId(), event.divisionCode(), Status.SURVEYED, null, 0, sequence);
        }
        if (event instanceof HouseholdRegisteredEvent e) {
            return new RegisteredHousehold(e.householdId(), e.divisionCode(), Status.REGISTERED, e.score(),
                    e.people(), sequence);
        }
        if (event instanceof HouseholdRemovedEvent || event instanceof HouseholdVetoedEvent
                || event instanceof RegistrationRejectedEvent) {
            return new RegisteredHousehold(current.householdId(), current.divisionCode(), Status.REMOVED,
                    current.score(), current.members(), sequence);
        }
        if (event instanceof HouseholdUpdatedEvent e) {
            int members = current.members();
            if (e.change() instanceof HouseholdChange.MemberJoined) {
                members++;
            } else if (e.change() instanceof HouseholdChange.MemberLeft) {
                members = Math.max(1, members - 1);
            }
            return new RegisteredHousehold(current.householdId(), current.divisionCode(), current.status(),
                    current.score(), members, sequence);
        }
        return new RegisteredHousehold(current.householdId(), current.divisionCode(), current.status(),
                current.score(), current.members(), sequence);
    }

    /** Whether the household's poverty class must be (re)assessed after this change. */
    public static boolean classMayHaveChanged(RegisteredHousehold before, RegisteredHousehold after) {
        if (after == null || !after.isRegistered() || after.score() == null) {
            return false;
        }
        return before == null || !before.isRegistered() || before.score() == null
                || before.score().compareTo(after.score()) != 0;
    }
}
