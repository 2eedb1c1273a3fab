package io.jiandang.eventing.publisher;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A service with no aggregate of its own: the tests append events to its store directly. */
@SpringBootApplication
public class PublisherTestApplication {

    /** A test event of a "ledger" aggregate. */
    public record NoteTakenEvent(String ledgerId, String divisionCode, String text) {
    }
}
