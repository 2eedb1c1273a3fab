package io.jiandang.eventing.publisher;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.jiandang.envelope.EventEnvelope;
import io.jiandang.eventing.EventMetadata;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The publisher's sequencing key is the key the event gets on Kafka, and the envelope's body, serialized once,
 * is the same JSON as before.
 */
class PublisherKeysAndBodiesTest {

    record MemberNote(String memberId, BigDecimal income) {
    }

    record HouseholdNoted(String householdId, String divisionCode, BigDecimal score, Instant at, LocalDate on,
                          List<MemberNote> members, Map<String, Object> extra) {
    }

    record RoundOpened(String roundId, String divisionCode) {
    }

    record RenamedHousehold(@JsonProperty("householdId") String household) {
    }

    record NestedHousehold(RoundOpened round, Map<String, String> inner) {
    }

    private static final java.util.Comparator<com.fasterxml.jackson.databind.JsonNode> NUMERICALLY = (a, b) ->
            a.isNumber() && b.isNumber() ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

    private final ObjectMapper objectMapper = JsonMapper.builder().addModule(new JavaTimeModule()).build();
    private final EventEnvelopeFactory envelopes = new EventEnvelopeFactory("registration", "/jiandang/registration", objectMapper);
    private final HouseholdOrdering ordering = new HouseholdOrdering(objectMapper);

    @Test
    void anEventNamingAHouseholdIsKeyedAndSequencedByThatHouseholdWhateverItsAggregate() {
        EventMessage<?> fromRound = domain("round-7", new HouseholdNoted("hh-1", "451227101201", BigDecimal.ONE,
                Instant.parse("2016-09-30T08:00:00Z"), LocalDate.parse("2016-09-30"), List.of(), Map.of()));
        EventMessage<?> renamed = domain("household-x", new RenamedHousehold("hh-1"));

        assertThat(ordering.getSequenceIdentifierFor(fromRound)).isEqualTo("hh-1")
                .isEqualTo(envelopes.toEnvelope(fromRound).orderingKey());
        assertThat(ordering.getSequenceIdentifierFor(renamed)).isEqualTo("hh-1")
                .isEqualTo(envelopes.toEnvelope(renamed).orderingKey());
    }

    @Test
    void anEventWithoutAHouseholdIsSequencedByItsAggregateOrItself() {
        EventMessage<?> round = domain("round-7", new RoundOpened("round-7", "451227"));
        EventMessage<?> nested = domain("round-8", new NestedHousehold(new RoundOpened("r", "d"), Map.of("householdId", "hh-2")));
        EventMessage<?> loose = GenericEventMessage.asEventMessage(new RoundOpened("round-9", "451227"));
        EventMessage<?> map = GenericEventMessage.asEventMessage(Map.of("householdId", "hh-3"));

        assertThat(ordering.getSequenceIdentifierFor(round)).isEqualTo("round-7").isEqualTo(envelopes.toEnvelope(round).orderingKey());
        assertThat(ordering.getSequenceIdentifierFor(nested)).isEqualTo("round-8").isEqualTo(envelopes.toEnvelope(nested).orderingKey());
        assertThat(ordering.getSequenceIdentifierFor(loose)).isEqualTo(loose.getIdentifier())
                .isEqualTo(envelopes.toEnvelope(loose).orderingKey());
        assertThat(ordering.getSequenceIdentifierFor(map)).isEqualTo("hh-3").isEqualTo(envelopes.toEnvelope(map).orderingKey());
    }

    @Test
    void theBodyIsThePayloadSerializedOnceAndTheHeaderFieldsComeFromItsTopLevel() throws Exception {
        HouseholdNoted payload = new HouseholdNoted("hh-1", "451227101201", new BigDecimal("12.50"),
                Instant.parse("2016-09-30T08:00:00.123Z"), LocalDate.parse("2016-09-30"),
                List.of(new MemberNote("m-1", new BigDecimal("2300.00")), new MemberNote("m-2", null)),
                Map.of("divisionCode", 7, "householdId", "nested-not-top"));

        EventEnvelope envelope = envelopes.toEnvelope(domain("hh-1", payload));

        // the JSON of the payload as the event store and the contracts' golden files have it (12.50 stays 12.50;
        // the former detour through a tree wrote 12.5 and 2.3E+3 for 2300.00): the same values, number for number
        assertThat(envelope.data()).isEqualTo(objectMapper.writeValueAsBytes(payload));
        assertThat(objectMapper.readTree(envelope.data()).equals(NUMERICALLY, objectMapper.valueToTree(payload))).isTrue();
        assertThat(envelope.householdId()).isEqualTo("hh-1");
        assertThat(envelope.divisionCode()).isEqualTo("451227101201");
        assertThat(envelope.sequence()).isEqualTo(3L);
        assertThat(envelope.actor().id()).isEqualTo("officer-1");
    }

    @Test
    void aHouseholdIdThatIsNotAStringIsNoKey() {
        record NumberedHousehold(long householdId, String divisionCode) {
        }
        EventMessage<?> numbered = domain("agg-1", new NumberedHousehold(42L, "4512"));

        assertThat(envelopes.toEnvelope(numbered).householdId()).isNull();
        assertThat(ordering.getSequenceIdentifierFor(numbered)).isEqualTo("agg-1");
    }

    private static EventMessage<?> domain(String aggregate, Object payload) {
        return new GenericDomainEventMessage<>("Household", aggregate, 3, payload,
                EventMetadata.of("officer-1", "INFORMATION_OFFICER", "COUNTY", "451227", "corr-1",
                        LocalDate.parse("2016-09-30")));
    }
}
