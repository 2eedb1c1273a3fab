package io.jiandang.envelope;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventEnvelopeCodecTest {

    private final EventEnvelope event = new EventEnvelope("e-1", "/jiandang/registration",
            "io.jiandang.registration.HouseholdRegistered", "h-1", Instant.parse("2016-10-01T08:00:00Z"), 7L,
            "Household", "451227101201", new EventEnvelope.ActorStamp("u-1", "INFORMATION_OFFICER", "COUNTY", "451227"),
            "c-1", LocalDate.parse("2016-09-30"), "{\"householdId\":\"h-1\"}".getBytes(StandardCharsets.UTF_8));

    @Test
    void aRecordCarriesTheCloudEventsAttributesAsHeadersAndTheHouseholdAsKey() {
        ProducerRecord<String, byte[]> record = EventEnvelopeCodec.toRecord("registration.events", event);

        assertThat(record.key()).isEqualTo("h-1");
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_id")).isEqualTo("e-1");
        assertThat(header(record, "ce_type")).isEqualTo("io.jiandang.registration.HouseholdRegistered");
        assertThat(header(record, "ce_source")).isEqualTo("/jiandang/registration");
        assertThat(header(record, "ce_subject")).isEqualTo("h-1");
        assertThat(header(record, "ce_time")).isEqualTo("2016-10-01T08:00:00Z");
        assertThat(header(record, "ce_sequence")).isEqualTo("7");
        assertThat(header(record, "ce_actorid")).isEqualTo("u-1");
        assertThat(header(record, "ce_effectiveon")).isEqualTo("2016-09-30");
    }

    @Test
    void anEventOfAnotherAggregateAboutAHouseholdIsKeyedByTheHouseholdSoItsOrderIsKept() {
        EventEnvelope relapse = new EventEnvelope("e-2", "/jiandang/relapse", "io.jiandang.relapse.RelapseApplied",
                "case-1", Instant.parse("2017-03-01T08:00:00Z"), 0L, "RelapseCase", "451227101201", null, "c-2",
                null, "{}".getBytes(StandardCharsets.UTF_8), "h-1");

        ProducerRecord<String, byte[]> record = EventEnvelopeCodec.toRecord("relapse.events", relapse);

        assertThat(record.key()).isEqualTo("h-1");
        assertThat(header(record, "ce_subject")).isEqualTo("case-1");
        assertThat(header(record, "ce_householdid")).isEqualTo("h-1");
        ConsumerRecord<String, byte[]> received = new ConsumerRecord<>("relapse.events", 0, 0L, 0L,
                TimestampType.CREATE_TIME, 0, 0, record.key(), record.value(), record.headers(), Optional.empty());
        assertThat(EventEnvelopeCodec.fromRecord(received).householdId()).isEqualTo("h-1");
    }

    @Test
    void whatIsWrittenIsReadBackUnchanged() {
        ProducerRecord<String, byte[]> sent = EventEnvelopeCodec.toRecord("registration.events", event);
        ConsumerRecord<String, byte[]> received = new ConsumerRecord<>("registration.events", 0, 0L, 0L,
                TimestampType.CREATE_TIME, 0, 0, sent.key(), sent.value(), sent.headers(), Optional.empty());

        EventEnvelope read = EventEnvelopeCodec.fromRecord(received);

        assertThat(read).usingRecursiveComparison().isEqualTo(event);
    }

    @Test
    void headersHandedOverAsBytesOrStringsAreBothRead() {
        Map<String, Object> headers = new HashMap<>();
        EventEnvelopeCodec.toHeaders(event).forEach(h -> headers.put(h.key(), h.value()));
        headers.put("ce_subject", "h-1");

        assertThat(EventEnvelopeCodec.fromHeaders(headers, event.data()).sequence()).isEqualTo(7L);
    }

    @Test
    void aRecordWithoutCloudEventsAttributesIsRefused() {
        ConsumerRecord<String, byte[]> foreign = new ConsumerRecord<>("t", 0, 0L, 0L, TimestampType.CREATE_TIME, 0, 0,
                "k", new byte[]{1}, new RecordHeaders(), Optional.empty());

        assertThatThrownBy(() -> EventEnvelopeCodec.fromRecord(foreign))
                .isInstanceOf(EventEnvelopeCodec.MalformedEnvelopeException.class)
                .hasMessageContaining("ce_specversion");
    }

    @Test
    void theTypeIsNamedByContextAndEventName() {
        record HouseholdRegisteredEvent() {
        }
        String type = EventTypes.typeOf("registration", HouseholdRegisteredEvent.class);

        assertThat(type).isEqualTo("io.jiandang.registration.HouseholdRegistered");
        assertThat(EventTypes.nameOf(type)).isEqualTo("HouseholdRegistered");
        assertThat(EventTypes.contextOf(type)).isEqualTo("registration");
    }

    private static String header(ProducerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
