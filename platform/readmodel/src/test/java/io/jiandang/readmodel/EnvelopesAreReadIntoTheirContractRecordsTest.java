package io.jiandang.readmodel;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jiandang.contracts.registration.CutOffLineSetEvent;
import io.jiandang.contracts.registration.HouseholdEvent;
import io.jiandang.contracts.registration.HouseholdRemovedEvent;
import io.jiandang.envelope.EventEnvelope;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnvelopesAreReadIntoTheirContractRecordsTest {

    private final ContractEvents events = new ContractEvents(new ObjectMapper());

    private static EventEnvelope envelope(String type, String json) {
        return new EventEnvelope("e-1", "/jiandang/registration", type, "h-1", Instant.EPOCH, 3L, "Household",
                "450102001001", null, null, null, json.getBytes(StandardCharsets.UTF_8));
    }

    private static final String REMOVED = "{\"householdId\":\"h-1\",\"divisionCode\":\"450102001001\","
            + "\"reason\":\"剔除\",\"vetoCode\":null,\"evidence\":null,\"policyVersion\":null}";

    @Test
    void anEnvelopeIsReadIntoTheContractRecordItsTypeNames() {
        assertThat(events.read(envelope("io.jiandang.registration.HouseholdRemoved", REMOVED)))
                .contains(new HouseholdRemovedEvent("h-1", "450102001001", "剔除", null, null, null));
    }

    @Test
    void anEventOfTheAskedKindIsReadAndOneOfAnotherKindIsSkipped() {
        assertThat(events.read(envelope("io.jiandang.registration.HouseholdRemoved", REMOVED), HouseholdEvent.class))
                .get().extracting(HouseholdEvent::householdId).isEqualTo("h-1");
        assertThat(HouseholdEvent.class.isAssignableFrom(CutOffLineSetEvent.class)).isFalse();
        assertThat(events.read(envelope("io.jiandang.registration.CutOffLineSet", "{}"), HouseholdEvent.class)).isEmpty();
    }

    @Test
    void aTypeWithoutAContractClassIsSkippedNotGuessed() {
        assertThat(events.read(envelope("io.jiandang.registration.HouseholdTeleported", REMOVED))).isEmpty();
        assertThat(events.read(envelope("org.example.Something", REMOVED))).isEmpty();
    }

    @Test
    void aBodyThatDoesNotFitItsContractIsAnError() {
        assertThatThrownBy(() -> events.read(envelope("io.jiandang.registration.HouseholdRemoved", "[1,2")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unreadable");
    }
}
