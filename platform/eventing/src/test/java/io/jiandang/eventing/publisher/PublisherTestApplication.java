package io.jiandang.eventing.publisher;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A service with no aggregate of its own: the tests append events to its store directly. */
@SpringBootApplication
public class PublisherTestApplication {

    /** A test event of a "ledger" aggregate. */
    public record NoteTakenEvent(String ledgerId, String divisionCode, String text) {
    }

    /** A test event about a household, written by a "ledger" aggregate: keyed by the household on Kafka. */
    public record HouseholdNoteEvent(String householdId, String ledgerId, String text) {
    }
}
