package io.jiandang.reporting.register.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the register knows about one household: its facts in business-date order. The household's
 * state on any date as known at any time is a fold over the facts that held by that date and were recorded by
 * that time, so a late-arriving correction (recorded now, effective earlier) changes "as at" figures of the
 * past without changing what was known before it was recorded.
 */
public record HouseholdTimeline(String householdId, String villageCode, List<Fact> facts) {

    /**
     * Business date, then recorded time; ties (facts of one day recorded in the same instant, possibly from two
     * topics) by the kind's place in the household's life, then by event id: the fold never depends on the order
     * partitions were read in, so a replay gives the same figures.
     */
    private static final Comparator<Fact> BUSINESS_ORDER = Comparator.comparing(Fact::effectiveOn)
            .thenComparing(Fact::recordedAt).thenComparing(Fact::kind).thenComparing(Fact::eventId);

    public HouseholdTimeline {
        facts = List.copyOf(facts);
    }

    public static HouseholdTimeline empty(String householdId, String villageCode) {
        return new HouseholdTimeline(householdId, villageCode, List.of());
    }

    /** The timeline with the fact added; the same timeline if the fact (by event id) is already in it. */
    public HouseholdTimeline with(Fact fact) {
        if (facts.stream().anyMatch(f -> f.eventId().equals(fact.eventId()))) {
            return this;
        }
        List<Fact> next = new ArrayList<>(facts);
        next.add(fact);
        next.sort(BUSINESS_ORDER);
        return new HouseholdTimeline(householdId, villageCode == null ? null : villageCode, next);
    }

    /** The timeline placed in a village (the first fact that names one wins; exits and relapses repeat it). */
    public HouseholdTimeline in(String village) {
        return villageCode != null || village == null ? this : new HouseholdTimeline(householdId, village, facts);
    }

    /**
     * The household on {@code asAt} as known at {@code knownAt}; empty when nothing about it was known then.
     */
    public Optional<HouseholdState> stateAsAt(LocalDate asAt, Instant knownAt) {
        RegisterStatus status = null;
        int surveyedPeople = 0;
        int people = 0;
        List<String> causes = List.of();
        BigDecimal score = null;
        Integer policyVersion = null;
        LocalDate exitedOn = null;
        LocalDate trackingEndsOn = null;
        LocalDate observationEndsOn = null;
        Map<String, String> cases = new LinkedHashMap<>();
        LinkedHashSet<String> cycles = new LinkedHashSet<>();
        Boolean paired = null;
        for (Fact f : facts) {
            if (f.effectiveOn().isAfter(asAt) || f.recordedAt().isAfter(knownAt)) {
                continue;
            }
            switch (f.kind()) {
                case SURVEYED -> {
                    status = RegisterStatus.SURVEYED;
                    surveyedPeople = nz(f.people());
                    people = nz(f.people());
                    causes = f.causes() == null ? List.of() : f.causes();
                    score = f.score();
                    policyVersion = f.policyVersion();
                }
                case NOMINATED -> status = RegisterStatus.CANDIDATE;
                case NOT_REGISTERED -> status = RegisterStatus.NOT_REGISTERED;
                case REGISTERED -> {
                    status = RegisterStatus.REGISTERED;
                    people = f.people() == null ? people : f.people();
                    score = f.score() == null ? score : f.score();
                    policyVersion = f.policyVersion() == null ? policyVersion : f.policyVersion();
                }
                case REMOVED -> status = RegisterStatus.REMOVED;
                case UPDATED -> {
                    if (f.cycle() != null) {
                        cycles.add(f.cycle());
                    }
                    if (f.people() != null) {
                        people = Math.max(0, people + f.people());
                    }
                    if (f.causes() != null) {
                        causes = f.causes();
                    }
                }
                case EXITED -> {
                    status = RegisterStatus.EXITED;
                    exitedOn = f.exitedOn();
                    trackingEndsOn = f.trackingEndsOn();
                    observationEndsOn = f.observationEndsOn();
                }
                case RELAPSE_APPLIED -> cases.put(f.caseId(), "APPLICATION");
                case RELAPSE_STEP_PASSED -> cases.put(f.caseId(), f.step());
                case RELAPSE_APPROVED -> {
                    cases.put(f.caseId(), "APPROVED");
                    status = RegisterStatus.RELAPSED;
                    if (f.causes() != null && !f.causes().isEmpty()) {
                        causes = f.causes();
                    }
                }
                case RELAPSE_REJECTED -> cases.put(f.caseId(), "REJECTED");
                case RELAPSE_WITHDRAWN -> cases.put(f.caseId(), "WITHDRAWN");
                case PAIRED -> paired = true;
                case UNPAIRED -> paired = false;
            }
        }
        if (status == null) {
            return Optional.empty();
        }
        if (status == RegisterStatus.EXITED) {
            if (trackingEndsOn != null && !asAt.isAfter(trackingEndsOn)) {
                status = RegisterStatus.IN_TRACKING;
            } else if (observationEndsOn != null && !asAt.isAfter(observationEndsOn)) {
                status = RegisterStatus.IN_OBSERVATION;
            }
        }
        return Optional.of(new HouseholdState(householdId, villageCode, status, surveyedPeople, people, causes,
                score, policyVersion, exitedOn, Map.copyOf(cases), Set.copyOf(cycles), paired));
    }

    /** The exits of this household with their dates, as known at {@code knownAt}. */
    public List<Fact> exitsKnownAt(Instant knownAt) {
        return facts.stream().filter(f -> f.kind() == FactKind.EXITED && !f.recordedAt().isAfter(knownAt)).toList();
    }

    private static int nz(Integer value) {
        return value == null ? 0 : value;
    }
}
