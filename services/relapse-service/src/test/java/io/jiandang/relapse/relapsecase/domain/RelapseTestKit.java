package io.jiandang.relapse.relapsecase.domain;

import io.jiandang.contracts.relapse.RelapseAppliedEvent;
import io.jiandang.contracts.relapse.RelapseCause;
import io.jiandang.contracts.relapse.RelapseNoticeOpenedEvent;
import io.jiandang.contracts.relapse.RelapseStep;
import io.jiandang.contracts.relapse.RelapseStepPassedEvent;
import io.jiandang.contracts.relapse.VillageMeeting;
import io.jiandang.divisions.DivisionLevel;
import io.jiandang.relapse.common.api.RelapseErrorCode;
import io.jiandang.relapse.common.api.RelapseException;
import io.jiandang.relapse.policy.domain.RelapsePolicies;
import io.jiandang.relapse.policy.domain.RelapsePolicyRules;
import io.jiandang.testing.MovableClock;
import io.jiandang.security.Actor;
import io.jiandang.security.Role;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A RelapseCase fixture with stub ports, and the events that bring a case to each point of the procedure. */
final class RelapseTestKit {

    static final String CASE = "0c9a7e52-3b1d-4f6a-8e2c-5d4b3a2f1e0d";
    static final String OTHER_CASE = "9f8e7d6c-5b4a-4321-8fed-cba987654321";
    static final String HOUSEHOLD = "5b0f4f1e-8c3a-4d6e-9a51-2f7c1d0e4b21";
    static final String VILLAGE = "451227101201";
    static final String EXIT = "7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    static final String NEW_EXIT = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
    static final LocalDate EXITED_ON = LocalDate.parse("2016-12-20");
    /** 10:00 in Guangxi on 2026-11-28. */
    static final Instant START = Instant.parse("2026-11-28T02:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-11-28");
    static final List<RelapseCause> CAUSES = List.of(RelapseCause.ILLNESS, RelapseCause.SCHOOLING);
    static final BigDecimal INCOME = new BigDecimal("2650.00");
    static final List<String> EVIDENCE = List.of("doc:hospital-bill-2026-0412");

    static final Actor VILLAGE_OFFICER = new Actor("village-officer", Role.INFORMATION_OFFICER, DivisionLevel.VILLAGE, VILLAGE);
    static final Actor OTHER_VILLAGE_OFFICER = new Actor("other-village-officer", Role.INFORMATION_OFFICER, DivisionLevel.VILLAGE, "451227101202");
    static final Actor TOWNSHIP_OFFICER = new Actor("township-officer", Role.INFORMATION_OFFICER, DivisionLevel.TOWNSHIP, "451227101000");
    static final Actor COUNTY_OFFICER = new Actor("county-officer", Role.INFORMATION_OFFICER, DivisionLevel.COUNTY, "451227");
    static final Actor OTHER_COUNTY_OFFICER = new Actor("other-county-officer", Role.INFORMATION_OFFICER, DivisionLevel.COUNTY, "451221");
    static final Actor SUPERVISOR = new Actor("supervisor", Role.SUPERVISOR, DivisionLevel.COUNTY, "451227");

    static final int NOTICE_DAYS = 7;
    static final RelapsePolicyRules POLICY = new RelapsePolicyRules(1, NOTICE_DAYS, deadlines(15, 15, 20, 15));

    final StubEligibility eligibility = new StubEligibility();
    final StubRegistry registry = new StubRegistry();
    final StubPolicies policies = new StubPolicies();
    final MovableClock clock = new MovableClock(START);
    final FixtureConfiguration<RelapseCase> fixture = new AggregateTestFixture<>(RelapseCase.class);

    RelapseTestKit() {
        eligibility.put(new HouseholdStanding(HOUSEHOLD, VILLAGE, true, false, EXIT, EXITED_ON));
        policies.published.add(POLICY);
        fixture.registerInjectableResource(eligibility);
        fixture.registerInjectableResource(registry);
        fixture.registerInjectableResource(policies);
        fixture.registerInjectableResource(clock);
    }

    static Map<RelapseStep, Integer> deadlines(int verification, int deliberation, int township, int county) {
        Map<RelapseStep, Integer> days = new EnumMap<>(RelapseStep.class);
        days.put(RelapseStep.HOME_VERIFICATION, verification);
        days.put(RelapseStep.VILLAGE_DELIBERATION, deliberation);
        days.put(RelapseStep.TOWNSHIP_REVIEW_AND_NOTICE, township);
        days.put(RelapseStep.COUNTY_APPROVAL, county);
        return days;
    }

    static VillageMeeting meeting() {
        return new VillageMeeting(TODAY, 31, 27, 25, 2);
    }

    // ---- the events that bring a case to a point of the procedure -------------------------------------------

    static List<Object> applied() {
        List<Object> events = new ArrayList<>();
        events.add(new RelapseAppliedEvent(CASE, HOUSEHOLD, VILLAGE, CAUSES, INCOME, EVIDENCE, EXIT, EXITED_ON, 1,
                TODAY.plusDays(15)));
        events.add(passed(RelapseStep.APPLICATION, null, TODAY.plusDays(15)));
        return events;
    }

    static List<Object> verified() {
        List<Object> events = applied();
        events.add(new RelapseStepPassedEvent(CASE, HOUSEHOLD, VILLAGE, RelapseStep.HOME_VERIFICATION, "属实",
                List.of("韦某", "黄某"), null, TODAY.plusDays(15)));
        return events;
    }

    static List<Object> deliberated() {
        List<Object> events = verified();
        events.add(new RelapseStepPassedEvent(CASE, HOUSEHOLD, VILLAGE, RelapseStep.VILLAGE_DELIBERATION, "评议通过",
                List.of(), meeting(), TODAY.plusDays(20)));
        return events;
    }

    /** Reviewed at {@link #START}: the notice closes {@value #NOTICE_DAYS} days later. */
    static List<Object> noticeOpen() {
        List<Object> events = deliberated();
        events.add(new RelapseNoticeOpenedEvent(CASE, HOUSEHOLD, VILLAGE, "审核通过", START,
                START.plus(Duration.ofDays(NOTICE_DAYS)), NOTICE_DAYS, 1));
        return events;
    }

    static List<Object> noticePassed() {
        List<Object> events = noticeOpen();
        events.add(new RelapseStepPassedEvent(CASE, HOUSEHOLD, VILLAGE, RelapseStep.TOWNSHIP_REVIEW_AND_NOTICE,
                "公示无异议", List.of(), null, TODAY.plusDays(15)));
        return events;
    }

    static RelapseStepPassedEvent passed(RelapseStep step, String record, LocalDate due) {
        return new RelapseStepPassedEvent(CASE, HOUSEHOLD, VILLAGE, step, record, List.of(), null, due);
    }

    // ---- stub ports ---------------------------------------------------------------------------------------

    static final class StubEligibility implements HouseholdEligibility {
        final Map<String, HouseholdStanding> standings = new HashMap<>();

        void put(HouseholdStanding standing) {
            standings.put(standing.householdId(), standing);
        }

        @Override
        public Optional<HouseholdStanding> standing(String householdId) {
            return Optional.ofNullable(standings.get(householdId));
        }
    }

    /** In memory, with the rules of the PostgreSQL table: one OPEN claim per household, POOR_AGAIN per exit. */
    static final class StubRegistry implements OpenCaseRegistry {
        record Claim(String caseId, String exitId, String state) {
        }

        final Map<String, Claim> claims = new HashMap<>();

        @Override
        public void claim(String householdId, String caseId, String exitId) {
            Claim held = claims.get(householdId);
            if (held == null || (held.state().equals("POOR_AGAIN") && !held.exitId().equals(exitId))
                    || held.caseId().equals(caseId)) {
                claims.put(householdId, new Claim(caseId, exitId, "OPEN"));
                return;
            }
            throw new RelapseException(held.state().equals("POOR_AGAIN")
                    ? RelapseErrorCode.HOUSEHOLD_ALREADY_POOR_AGAIN : RelapseErrorCode.CASE_ALREADY_OPEN, "held");
        }

        @Override
        public void release(String householdId, String caseId) {
            claims.computeIfPresent(householdId, (h, c) -> c.caseId().equals(caseId) && c.state().equals("OPEN")
                    ? null : c);
        }

        @Override
        public void markPoorAgain(String householdId, String caseId) {
            claims.computeIfPresent(householdId, (h, c) -> new Claim(c.caseId(), c.exitId(), "POOR_AGAIN"));
        }
    }

    static final class StubPolicies implements RelapsePolicies {
        final List<RelapsePolicyRules> published = new ArrayList<>();

        @Override
        public Optional<RelapsePolicyRules> current() {
            return published.isEmpty() ? Optional.empty() : Optional.of(published.get(published.size() - 1));
        }

        @Override
        public Optional<RelapsePolicyRules> version(int version) {
            return published.stream().filter(p -> p.version() == version).findFirst();
        }
    }
}
