package io.jiandang.registration.household.api;

import io.jiandang.contracts.registration.RelationToHead;

/**
 * A member as the surveyor entered it, with the ID number in clear: lives only inside the command, is encrypted
 * before any event is written, and masks itself in {@link #toString()} so that no log line shows it.
 */
public record SurveyedMember(String name, String idNumber, RelationToHead relationToHead) {

    @Override
    public String toString() {
        return "SurveyedMember[name=***, idNumber=***, relationToHead=" + relationToHead + "]";
    }
}
