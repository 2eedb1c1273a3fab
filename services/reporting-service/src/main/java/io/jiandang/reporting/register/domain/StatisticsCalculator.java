package io.jiandang.reporting.register.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Computes the figures of a division from its households' timelines: a pure function, so the live dashboard,
 * the frozen snapshot and its rebuild from Kafka all give the same numbers for the same facts.
 */
public final class StatisticsCalculator {

    /** The version of these counting rules; part of every snapshot, so a changed rule shows as a changed snapshot. */
    public static final int RULES_VERSION = 1;

    private final Map<Integer, Map<String, BigDecimal>> classThresholdsByPolicyVersion;

    /** @param classThresholdsByPolicyVersion upper score bound of each poverty class, per registration policy version */
    public StatisticsCalculator(Map<Integer, Map<String, BigDecimal>> classThresholdsByPolicyVersion) {
        this.classThresholdsByPolicyVersion = Map.copyOf(classThresholdsByPolicyVersion);
    }

    public Figures figures(String divisionCode, Period period, Instant knownAt, Collection<HouseholdTimeline> households) {
        LocalDate asAt = period.end();
        LocalDate endOfPreviousYear = LocalDate.of(period.end().getYear() - 1, 12, 31);
        LocalDate startOfYear = endOfPreviousYear.plusDays(1);
        SortedMap<String, Integer> byStatus = new TreeMap<>();
        SortedMap<String, Integer> causes = new TreeMap<>();
        SortedMap<String, Integer> classes = new TreeMap<>();
        SortedMap<String, Integer> relapse = new TreeMap<>();
        int count = 0, poorHouseholds = 0, poorPeople = 0, rural = 0, exitHouseholds = 0, exitPeople = 0;
        int poorAtStart = 0, exitPeopleOfYear = 0, paired = 0;
        boolean pairingKnown = false;
        for (HouseholdTimeline timeline : households) {
            Optional<HouseholdState> found = timeline.stateAsAt(asAt, knownAt);
            if (found.isEmpty()) {
                continue;
            }
            HouseholdState s = found.get();
            count++;
            byStatus.merge(s.status().name(), 1, Integer::sum);
            rural += s.surveyedPeople();
            s.relapseCaseSteps().values().forEach(step -> relapse.merge(step, 1, Integer::sum));
            if (s.status().isPoor()) {
                poorHouseholds++;
                poorPeople += s.people();
                s.causes().forEach(c -> causes.merge(c, 1, Integer::sum));
                classOf(s).ifPresent(c -> classes.merge(c, 1, Integer::sum));
                if (s.paired() != null) {
                    pairingKnown = true;
                    paired += s.paired() ? 1 : 0;
                }
            }
            poorAtStart += timeline.stateAsAt(endOfPreviousYear, knownAt).filter(p -> p.status().isPoor())
                    .map(HouseholdState::people).orElse(0);
            for (Fact exit : timeline.exitsKnownAt(knownAt)) {
                LocalDate on = exit.exitedOn();
                if (on == null || on.isAfter(asAt)) {
                    continue;
                }
                int people = timeline.stateAsAt(on.minusDays(1), knownAt).map(HouseholdState::people).orElse(0);
                if (period.contains(on)) {
                    exitHouseholds++;
                    exitPeople += people;
                }
                if (!on.isBefore(startOfYear)) {
                    exitPeopleOfYear += people;
                }
            }
        }
        return new Figures(divisionCode, period.name(), asAt, knownAt, count, byStatus, poorHouseholds, poorPeople,
                rural, ratio(poorPeople, rural), exitHouseholds, exitPeople, poorAtStart, exitPeopleOfYear,
                ratio(exitPeopleOfYear, poorAtStart), causes, classes, pairingKnown ? paired : null, relapse);
    }

    /** The poverty class of a household: the class with the lowest upper bound at or above its score. */
    Optional<String> classOf(HouseholdState s) {
        if (s.score() == null || s.policyVersion() == null) {
            return Optional.empty();
        }
        Map<String, BigDecimal> thresholds = classThresholdsByPolicyVersion.get(s.policyVersion());
        if (thresholds == null || thresholds.isEmpty()) {
            return Optional.empty();
        }
        return thresholds.entrySet().stream().filter(e -> s.score().compareTo(e.getValue()) <= 0)
                .min(Map.Entry.<String, BigDecimal>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey);
    }

    private static BigDecimal ratio(int numerator, int denominator) {
        return denominator == 0 ? null
                : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
    }
}
