package io.jiandang.reporting.register.domain;

import java.time.Instant;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A yearly exit plan (减贫计划, 严计划) as the register keeps it: the people each county is to bring out of poverty
 * in {@code year}, from an ExitPlanAllocated event. Targets exist for counties only; a city's or the region's
 * target is the sum of its counties', and a township or village has none.
 *
 * @param eventId       the event's id (a plan is kept once)
 * @param recordedAt    when the exit service recorded it ("as known at": a plan recorded later is not known before)
 * @param countyTargets county code → target (people)
 */
public record ExitPlanTargets(String eventId, String planId, int year, Instant recordedAt, int policyVersion,
                              SortedMap<String, Integer> countyTargets) {

    public ExitPlanTargets {
        countyTargets = new TreeMap<>(countyTargets);
    }

    /** The target of a region, city or county; {@code null} for a township or village (no target below a county). */
    public Integer targetWithin(String divisionCode) {
        if (divisionCode == null || divisionCode.length() != 6) {
            return null;
        }
        String prefix = divisionCode.endsWith("0000") ? divisionCode.substring(0, 2)
                : divisionCode.endsWith("00") ? divisionCode.substring(0, 4) : divisionCode;
        int sum = 0;
        for (Map.Entry<String, Integer> e : countyTargets.entrySet()) {
            if (e.getKey().startsWith(prefix)) {
                sum += e.getValue();
            }
        }
        return sum;
    }
}
