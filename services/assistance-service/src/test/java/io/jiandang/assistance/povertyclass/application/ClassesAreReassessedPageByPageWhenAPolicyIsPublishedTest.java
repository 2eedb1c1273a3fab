package io.jiandang.assistance.povertyclass.application;

import io.jiandang.assistance.household.application.RegisteredHousehold;
import io.jiandang.assistance.household.application.RegisteredHouseholds;
import io.jiandang.assistance.povertyclass.api.AssessPovertyClassCommand;
import io.jiandang.assistance.support.Policies;
import io.jiandang.contracts.assistance.AssistancePolicyPublishedEvent;
import io.jiandang.contracts.assistance.PovertyClassThresholds;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * A new policy version reassesses every registered household: the publication's handler only schedules it, and the
 * reassessment goes page by page, each household's command on its own, resuming after the last page done when a page
 * fails; before any policy nothing is assessed.
 */
class ClassesAreReassessedPageByPageWhenAPolicyIsPublishedTest {

    private static final String VILLAGE = "451227101201";
    private static final AssistancePolicyPublishedEvent PUBLISHED = new AssistancePolicyPublishedEvent("450000", 2,
            LocalDate.parse("2017-01-01"), 5, new PovertyClassThresholds(BigDecimal.ONE, BigDecimal.TEN, BigDecimal.TEN),
            Policies.standards());

    private final CommandGateway commands = mock(CommandGateway.class);
    private final InMemoryReassessments reassessments = new InMemoryReassessments();

    @Test
    void thePublicationOnlySchedulesTheReassessmentAndSendsNoCommand() {
        new ReassessmentOnNewPolicy(reassessments).on(PUBLISHED, GenericEventMessage.asEventMessage(PUBLISHED));

        assertThat(reassessments.pending()).hasSize(1);
        assertThat(reassessments.pending().get(0).effectiveOn()).isEqualTo(LocalDate.parse("2017-01-01"));
        verifyNoInteractions(commands);
    }

    @Test
    void everyRegisteredHouseholdWithAScoreIsAssessedUnderTheNewVersionAcrossPages() {
        List<RegisteredHousehold> registered = households(2 * PovertyClassReassessment.PAGE + 50);
        registered.set(7, household("h-0007", null)); // surveyed without a score: nothing to class
        reassessments.schedule("publication-1", 2, LocalDate.parse("2017-01-01"));

        int assessed = reassessment(registered).reassessPending();

        ArgumentCaptor<AssessPovertyClassCommand> sent = ArgumentCaptor.forClass(AssessPovertyClassCommand.class);
        ArgumentCaptor<MetaData> meta = ArgumentCaptor.forClass(MetaData.class);
        verify(commands, atLeastOnce()).sendAndWait(sent.capture(), meta.capture());
        assertThat(assessed).isEqualTo(registered.size() - 1);
        assertThat(sent.getAllValues()).extracting(AssessPovertyClassCommand::householdId)
                .doesNotContain("h-0007").doesNotHaveDuplicates().hasSize(registered.size() - 1);
        assertThat(meta.getValue().get("effectiveOn")).isEqualTo("2017-01-01");
        assertThat(meta.getValue().get("correlationId")).isEqualTo("publication-1");
        assertThat(reassessments.pending()).as("finished").isEmpty();
    }

    @Test
    void aReassessmentStoppedByAFailedCommandResumesAfterTheLastPageDone() {
        List<RegisteredHousehold> registered = households(2 * PovertyClassReassessment.PAGE + 50);
        reassessments.schedule("publication-1", 2, LocalDate.parse("2017-01-01"));
        String failing = registered.get(PovertyClassReassessment.PAGE + 10).householdId();
        doThrow(new IllegalStateException("event store unreachable")).when(commands)
                .sendAndWait(argThat(c -> c instanceof AssessPovertyClassCommand a && a.householdId().equals(failing)), any(MetaData.class));
        PovertyClassReassessment reassessment = reassessment(registered);

        assertThatThrownBy(reassessment::reassessPending).hasMessageContaining("unreachable");
        assertThat(reassessments.pending()).hasSize(1);
        assertThat(reassessments.pending().get(0).lastHouseholdId())
                .isEqualTo(registered.get(PovertyClassReassessment.PAGE - 1).householdId());

        reset(commands);
        int assessed = reassessment.reassessPending();

        assertThat(assessed).as("the second page and the rest, not the first again").isEqualTo(registered.size() - PovertyClassReassessment.PAGE);
        verify(commands, never()).sendAndWait(argThat(c -> c instanceof AssessPovertyClassCommand a
                && a.householdId().equals(registered.get(0).householdId())), any(MetaData.class));
        assertThat(reassessments.pending()).isEmpty();
    }

    @Test
    void aNewerPublicationSupersedesAPendingReassessment() {
        reassessments.schedule("publication-1", 2, LocalDate.parse("2017-01-01"));
        reassessments.schedule("publication-2", 3, LocalDate.parse("2018-01-01"));
        reassessments.schedule("publication-2", 3, LocalDate.parse("2018-01-01")); // redelivered: nothing new

        assertThat(reassessments.pending()).extracting(Reassessments.Reassessment::reassessmentId).containsExactly("publication-2");
    }

    @Test
    void nothingIsAssessedBeforeAnyPolicyIsPublished() {
        PovertyClassAssessment assessment = new PovertyClassAssessment(commands, Policies.none(), Clock.systemUTC());

        assessment.assess(household("h-1", "41.5"), "event-1", LocalDate.parse("2016-02-01"));

        verify(commands, never()).sendAndWait(any(), any(MetaData.class));
    }

    private PovertyClassReassessment reassessment(List<RegisteredHousehold> registered) {
        PovertyClassAssessment assessment = new PovertyClassAssessment(commands, Policies.withLimit(5), Clock.systemUTC());
        return new PovertyClassReassessment(reassessments, new ListedHouseholds(registered), assessment, "instance-1");
    }

    private static List<RegisteredHousehold> households(int count) {
        return new ArrayList<>(IntStream.range(0, count).mapToObj(i -> household(String.format("h-%04d", i), "41.5")).toList());
    }

    private static RegisteredHousehold household(String id, String score) {
        return new RegisteredHousehold(id, VILLAGE, RegisteredHousehold.Status.REGISTERED,
                score == null ? null : new BigDecimal(score), 3, 1);
    }

    /** The registered households of a list, sorted by id. */
    private record ListedHouseholds(List<RegisteredHousehold> all) implements RegisteredHouseholds {

        @Override
        public Optional<RegisteredHousehold> find(String householdId) {
            return all.stream().filter(h -> h.householdId().equals(householdId)).findFirst();
        }

        @Override
        public List<RegisteredHousehold> registeredWithin(String divisionPrefix, Collection<String> except, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<RegisteredHousehold> registeredAfter(String afterHouseholdId, int limit) {
            return all.stream().filter(h -> afterHouseholdId == null || h.householdId().compareTo(afterHouseholdId) > 0)
                    .sorted(java.util.Comparator.comparing(RegisteredHousehold::householdId)).limit(limit).toList();
        }
    }

    /** The port's rules in memory (the JDBC adapter's are tested against PostgreSQL). */
    private static final class InMemoryReassessments implements Reassessments {

        private final Map<String, Reassessment> pending = new LinkedHashMap<>();
        private final Map<String, String> owners = new LinkedHashMap<>();

        @Override
        public void schedule(String reassessmentId, int policyVersion, LocalDate effectiveOn) {
            if (pending.containsKey(reassessmentId) || owners.containsKey("finished:" + reassessmentId)) {
                return;
            }
            pending.clear();
            pending.put(reassessmentId, new Reassessment(reassessmentId, policyVersion, effectiveOn, null));
        }

        @Override
        public Optional<Reassessment> claim(String owner, Duration lease) {
            Optional<Reassessment> next = pending.values().stream()
                    .filter(r -> owners.get(r.reassessmentId()) == null || owners.get(r.reassessmentId()).equals(owner)).findFirst();
            next.ifPresent(r -> owners.put(r.reassessmentId(), owner));
            return next;
        }

        @Override
        public void advance(String reassessmentId, String owner, String lastHouseholdId, int households, Duration lease) {
            Reassessment r = pending.get(reassessmentId);
            pending.put(reassessmentId, new Reassessment(reassessmentId, r.policyVersion(), r.effectiveOn(), lastHouseholdId));
        }

        @Override
        public void finish(String reassessmentId, String owner, String lastHouseholdId, int households) {
            pending.remove(reassessmentId);
            owners.put("finished:" + reassessmentId, owner);
        }

        @Override
        public void release(String reassessmentId, String owner) {
            owners.remove(reassessmentId);
        }

        List<Reassessment> pending() {
            return List.copyOf(pending.values());
        }
    }
}
