package io.jiandang.registration.household.domain;

import io.jiandang.contracts.registration.HouseholdNominatedAsCandidateEvent;
import io.jiandang.contracts.registration.HouseholdRegisteredEvent;
import io.jiandang.contracts.registration.HouseholdSurveyedEvent;
import io.jiandang.contracts.registration.NoticeOpenedEvent;
import io.jiandang.contracts.registration.PovertyArea;
import io.jiandang.contracts.registration.PovertyCause;
import io.jiandang.contracts.registration.ProtectedMember;
import io.jiandang.contracts.registration.RegistrationStep;
import io.jiandang.contracts.registration.RegistrationStepPassedEvent;
import io.jiandang.contracts.registration.RelationToHead;
import io.jiandang.contracts.registration.Sex;
import io.jiandang.registration.common.api.RegistrationErrorCode;
import io.jiandang.registration.common.api.RegistrationException;
import io.jiandang.testing.MovableClock;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static io.jiandang.registration.support.RegistrationTestData.ANSWERS;
import static io.jiandang.registration.support.RegistrationTestData.HEAD_ID;
import static io.jiandang.registration.support.RegistrationTestData.POLICY;
import static io.jiandang.registration.support.RegistrationTestData.POLICY_VERSION;
import static io.jiandang.registration.support.RegistrationTestData.SCORE;
import static io.jiandang.registration.support.RegistrationTestData.SPOUSE_ID;
import static io.jiandang.registration.support.RegistrationTestData.VILLAGE;
import static io.jiandang.registration.support.RegistrationTestData.policies;

/** A Household fixture with stub ports, and the events that bring a household to each point of its life. */
final class HouseholdTestKit {

    static final String HOUSEHOLD = "5b0f4f1e-8c3a-4d6e-9a51-2f7c1d0e4b21";
    static final String ROUND = "451227-2015";
    static final Instant START = Instant.parse("2015-10-01T02:00:00Z");

    final StubVault vault = new StubVault();
    final StubRegistry registry = new StubRegistry();
    final MovableClock clock = new MovableClock(START);
    final FixtureConfiguration<Household> fixture = new AggregateTestFixture<>(Household.class);

    HouseholdTestKit() {
        fixture.registerInjectableResource(vault);
        fixture.registerInjectableResource(registry);
        fixture.registerInjectableResource(policies(POLICY));
        fixture.registerInjectableResource(clock);
    }

    /** Deterministic stand-in for AES-GCM: reveals nothing of the plaintext but its hash. */
    static final class StubVault implements PersonalDataVault {
        @Override
        public String encrypt(String householdId, String plaintext) {
            return "enc:" + householdId.substring(0, 8) + ":" + Integer.toHexString(plaintext.hashCode());
        }

        @Override
        public Optional<String> decrypt(String householdId, String cipher) {
            return Optional.empty();
        }

        @Override
        public void erase(String householdId) {
        }
    }

    /** In-memory registry: fingerprint → household. */
    static final class StubRegistry implements PersonRegistry {
        final Map<String, String> claims = new HashMap<>();
        final Set<String> released = new HashSet<>();

        @Override
        public String fingerprint(ResidentIdNumber idNumber) {
            return "fp:" + Integer.toHexString(idNumber.value().hashCode());
        }

        @Override
        public void claim(String fingerprint, String householdId) {
            String holder = claims.putIfAbsent(fingerprint, householdId);
            if (holder != null && !holder.equals(householdId)) {
                throw new RegistrationException(RegistrationErrorCode.PERSON_ALREADY_REGISTERED,
                        "The person belongs to another household");
            }
        }

        @Override
        public void release(String fingerprint, String householdId) {
            if (claims.remove(fingerprint, householdId)) {
                released.add(fingerprint);
            }
        }

        String fingerprintOf(String id) {
            return fingerprint(ResidentIdNumber.parse(id, LocalDate.of(2026, 1, 1)));
        }
    }

    ProtectedMember member(String memberId, String name, String id, RelationToHead relation) {
        ResidentIdNumber number = ResidentIdNumber.parse(id, LocalDate.of(2026, 1, 1));
        return new ProtectedMember(memberId, name == null ? null : vault.encrypt(HOUSEHOLD, name),
                vault.encrypt(HOUSEHOLD, number.value()), registry.fingerprint(number), relation, number.birthYear(),
                number.sex());
    }

    HouseholdSurveyedEvent surveyed() {
        return new HouseholdSurveyedEvent(HOUSEHOLD, VILLAGE,
                List.of(member("1", "韦美兰", HEAD_ID, RelationToHead.HEAD),
                        member("2", "黄秀英", SPOUSE_ID, RelationToHead.SPOUSE)),
                SCORE, POLICY_VERSION, new TreeMap<>(ANSWERS), EnumSet.of(PovertyCause.ILLNESS),
                EnumSet.of(PovertyArea.ROCKY_MOUNTAIN));
    }

    HouseholdNominatedAsCandidateEvent nominated() {
        return new HouseholdNominatedAsCandidateEvent(HOUSEHOLD, VILLAGE, ROUND, new BigDecimal("31.50"));
    }

    NoticeOpenedEvent noticeOpened(RegistrationStep step, Instant at) {
        return new NoticeOpenedEvent(HOUSEHOLD, VILLAGE, step, at, at.plus(Duration.ofDays(7)), 7, POLICY_VERSION);
    }

    RegistrationStepPassedEvent passed(RegistrationStep step) {
        return new RegistrationStepPassedEvent(HOUSEHOLD, VILLAGE, step, null);
    }

    /** Survey, nomination and every step up to and including {@code last} (notices opened weeks earlier). */
    List<Object> candidateThrough(RegistrationStep last) {
        List<Object> events = new ArrayList<>(List.of(surveyed(), nominated()));
        for (RegistrationStep step : RegistrationStep.values()) {
            if (step.ordinal() > last.ordinal()) {
                break;
            }
            if (step.isNotice()) {
                events.add(noticeOpened(step, START.minus(Duration.ofDays(30))));
            }
            events.add(passed(step));
        }
        return events;
    }

    List<Object> candidate() {
        return new ArrayList<>(List.of(surveyed(), nominated()));
    }

    List<Object> registered() {
        List<Object> events = candidateThrough(RegistrationStep.COUNTY_ANNOUNCEMENT);
        events.add(new HouseholdRegisteredEvent(HOUSEHOLD, VILLAGE, SCORE, POLICY_VERSION, 2));
        return events;
    }

    static Sex sexOf(String id) {
        return ResidentIdNumber.parse(id, LocalDate.of(2026, 1, 1)).sex();
    }
}
