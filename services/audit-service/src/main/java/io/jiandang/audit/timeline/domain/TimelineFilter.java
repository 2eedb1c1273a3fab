package io.jiandang.audit.timeline.domain;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which facts of a timeline to show: by kind — a context ({@code registration}, {@code relapse},
 * {@code assistance}, {@code exit}) or an event name ({@code HouseholdRegistered}) — and by a period of business
 * dates, both ends included. An empty kind set and open ends show everything.
 */
public record TimelineFilter(Set<String> kinds, LocalDate from, LocalDate to) {

    public static final TimelineFilter ALL = new TimelineFilter(Set.of(), null, null);

    public TimelineFilter {
        kinds = kinds == null ? Set.of()
                : kinds.stream().filter(k -> !k.isBlank()).map(k -> k.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    public boolean matches(String context, String name, LocalDate businessDate) {
        if (!kinds.isEmpty() && !kinds.contains(context.toLowerCase(Locale.ROOT)) && !kinds.contains(name.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (from != null && businessDate.isBefore(from)) {
            return false;
        }
        return to == null || !businessDate.isAfter(to);
    }
}
