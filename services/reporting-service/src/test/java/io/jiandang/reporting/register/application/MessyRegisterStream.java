package io.jiandang.reporting.register.application;

import io.jiandang.envelope.EventEnvelope;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.jiandang.reporting.register.application.RegisterEvents.*;

/**
 * Events of several households in two counties as the register's binding may receive them: interleaved, each
 * household's events slightly out of order (gaps that close later), some redelivered (duplicates), one household
 * whose missing event never comes (a gap left open), plus a registration policy with class thresholds.
 */
public final class MessyRegisterStream {

    public static final String VILLAGE = "451227101201";
    public static final String OTHER_COUNTY_VILLAGE = "451221100201";

    private MessyRegisterStream() {
    }

    public static List<EventEnvelope> events(long seed) {
        Random random = new Random(seed);
        Instant at = Instant.parse("2016-05-10T02:00:00Z");
        LocalDate on = LocalDate.parse("2016-05-10");
        List<List<EventEnvelope>> perAggregate = new ArrayList<>();
        perAggregate.add(new ArrayList<>(List.of(event("registration", "RegistrationPolicyPublished", "policy", 0, null,
                "450000", at, on, """
                {"policyId":"policy","divisionCode":"450000","version":1,"indicators":[],"vetoRules":[],"noticePeriodDays":7,
                 "povertyClassThresholds":{"EXTREME":0.20,"SPECIAL":0.35,"MEDIUM":0.50,"GENERAL":1.0},"publishedAt":"2016-01-01T00:00:00Z"}"""))));
        for (int h = 0; h < 24; h++) {
            String id = "h-" + h;
            String village = h % 3 == 0 ? OTHER_COUNTY_VILLAGE : VILLAGE;
            Instant t = at.plusSeconds(h * 60L);
            List<EventEnvelope> events = new ArrayList<>();
            events.add(surveyed(id, village, 2 + h % 4, t, on, h % 2 == 0 ? "ILLNESS" : "LACK_OF_FUNDS"));
            events.add(registered(id, village, 1 + h % 4, 1, t.plusSeconds(5), on));
            for (int u = 0; u < 3; u++) {
                events.add(updated(id, village, 2 + u, "2016-Q" + (2 + u), t.plusSeconds(10 + u), on.plusDays(u)));
            }
            if (h % 5 == 0) {
                events.add(removed(id, village, 5, t.plusSeconds(20), on.plusDays(5)));
            }
            if (h % 4 == 1) {
                int i = 1 + random.nextInt(events.size() - 2);
                events.set(i, events.set(i + 1, events.get(i)));
            }
            if (h % 3 == 2) {
                events.add(random.nextInt(events.size()), events.get(random.nextInt(events.size())));
            }
            if (h == 7) {
                events.remove(2); // its sequence 2 never arrives: 3 and 4 stay parked
            }
            perAggregate.add(events);
            if (h % 6 == 3) {
                perAggregate.add(new ArrayList<>(List.of(exited(id, village, LocalDate.parse("2016-11-15"), t.plusSeconds(3600)))));
            }
        }
        List<EventEnvelope> stream = new ArrayList<>();
        while (perAggregate.stream().anyMatch(l -> !l.isEmpty())) {
            List<EventEnvelope> from = perAggregate.get(random.nextInt(perAggregate.size()));
            if (!from.isEmpty()) {
                stream.add(from.remove(0));
            }
        }
        stream.add(stream.get(stream.size() / 2)); // a late redelivery
        return stream;
    }
}
