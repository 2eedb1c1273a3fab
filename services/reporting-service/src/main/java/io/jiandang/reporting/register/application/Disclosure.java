package io.jiandang.reporting.register.application;

import io.jiandang.reporting.register.domain.Figures;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Statistical disclosure control: a published count of 1 to 4 households could point at a household in a
 * village, so such counts (and the people and ratios computed from them) are withheld. Zero is published.
 */
public final class Disclosure {

    /** Counts below this (and above zero) are suppressed. */
    public static final int THRESHOLD = 5;

    private Disclosure() {
    }

    public static boolean small(int households) {
        return households > 0 && households < THRESHOLD;
    }

    public static FigureRow row(String code, String name, String level, Figures f) {
        if (small(f.households())) {
            return new FigureRow(code, name, level, null, null, null, null, null, null, null, null, true);
        }
        boolean poorSmall = small(f.poorHouseholds());
        boolean exitSmall = small(f.exitHouseholds());
        return new FigureRow(code, name, level, f.households(),
                poorSmall ? null : f.poorHouseholds(), poorSmall ? null : f.poorPeople(), f.ruralPopulation(),
                poorSmall ? null : f.incidence(), exitSmall ? null : f.exitHouseholds(), exitSmall ? null : f.exitPeople(),
                poorSmall || exitSmall ? null : f.reductionSpeed(), poorSmall || exitSmall);
    }

    public static Map<String, Integer> cells(Map<String, Integer> counts) {
        Map<String, Integer> shown = new LinkedHashMap<>();
        counts.forEach((k, v) -> shown.put(k, small(v) ? null : v));
        return shown;
    }
}
