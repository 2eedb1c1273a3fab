package io.jiandang.registration.identification.application;

import io.jiandang.contracts.registration.CutOffLineSetEvent;
import io.jiandang.eventing.EventMetadata;
import io.jiandang.registration.common.api.RegistrationErrorCode;
import io.jiandang.registration.common.api.RegistrationException;
import io.jiandang.registration.household.api.NominateCandidateCommand;
import io.jiandang.registration.household.application.HouseholdViews;
import io.jiandang.registration.household.application.SurveyedHousehold;
import io.jiandang.registration.identification.api.CutOffResult;
import io.jiandang.registration.identification.api.ScoredHousehold;
import io.jiandang.registration.identification.api.SetCutOffLineCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.jiandang.registration.support.RegistrationTestData.COUNTY_OFFICER;
import static io.jiandang.registration.support.RegistrationTestData.POLICY;
import static io.jiandang.registration.support.RegistrationTestData.policies;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The application side of identification: the line is set over the read model's households, then nominated. */
class CandidatesAreNominatedOnceTheLineIsSetTest {

    private static final String ROUND = "451227-2015";
    private final CommandGateway commands = mock(CommandGateway.class);

    @Test
    void eachCandidateIsNominatedWithTheMetadataOfTheLine() {
        MetaData metaData = EventMetadata.of("county-officer", "INFORMATION_OFFICER", "COUNTY", "451227", "corr-1",
                LocalDate.of(2015, 10, 1)).and("traceId", "not-inherited");
        when(commands.sendAndWait(eq(new NominateCandidateCommand("b", ROUND, "451227", BigDecimal.TEN)),
                any(MetaData.class)))
                .thenThrow(new RegistrationException(RegistrationErrorCode.HOUSEHOLD_VETOED, "vetoed meanwhile"));

        new CandidateNomination(commands).on(new CutOffLineSetEvent(ROUND, "451227", 10, BigDecimal.TEN,
                List.of("a", "b", "c"), 9, 3, 1), metaData);

        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        ArgumentCaptor<MetaData> sentMetaData = ArgumentCaptor.forClass(MetaData.class);
        verify(commands, times(3)).sendAndWait(sent.capture(), sentMetaData.capture());
        assertThat(sent.getAllValues()).extracting(c -> ((NominateCandidateCommand) c).householdId())
                .containsExactly("a", "b", "c");
        assertThat(sentMetaData.getValue()).containsEntry(EventMetadata.CORRELATION_ID, "corr-1")
                .doesNotContainKey("traceId");
    }

    @Test
    void eachNominationCommitsInAUnitOfWorkOfItsOwnNotInTheProcessors() {
        java.util.List<Boolean> sentInsideAUnitOfWork = new java.util.ArrayList<>();
        when(commands.sendAndWait(any(), any(MetaData.class))).thenAnswer(invocation -> {
            sentInsideAUnitOfWork.add(org.axonframework.messaging.unitofwork.CurrentUnitOfWork.isStarted());
            return null;
        });
        var processors = org.axonframework.messaging.unitofwork.DefaultUnitOfWork.startAndGet(
                org.axonframework.eventhandling.GenericEventMessage.asEventMessage("the cut-off line"));
        try {
            new CandidateNomination(commands).on(new CutOffLineSetEvent(ROUND, "451227", 10, BigDecimal.TEN,
                    List.of("a", "b"), 9, 2, 1), MetaData.emptyInstance());
        } finally {
            processors.rollback();
        }

        assertThat(sentInsideAUnitOfWork).as("a unit of work open where each command was sent").containsExactly(false, false);
    }

    @Test
    void aFailureOtherThanARefusalStopsTheHandlerSoTheProcessorRetries() {
        when(commands.sendAndWait(any(), any(MetaData.class))).thenThrow(new IllegalStateException("database down"));
        assertThatThrownBy(() -> new CandidateNomination(commands).on(new CutOffLineSetEvent(ROUND, "451227", 10,
                BigDecimal.TEN, List.of("a"), 4, 1, 1), MetaData.emptyInstance()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theLineRanksTheCountysSurveyedHouseholdsUnderTheCurrentPolicy() {
        IdentificationRounds rounds = roundId -> Optional.of(new IdentificationRoundView(roundId, "451227", 2015, 10,
                null, null, null, null, List.of()));
        HouseholdViews households = new HouseholdViews() {
            @Override
            public Optional<io.jiandang.registration.household.application.HouseholdView> find(String id) {
                return Optional.empty();
            }

            @Override
            public List<io.jiandang.registration.household.application.HouseholdView> inVillage(String code) {
                return List.of();
            }

            @Override
            public List<SurveyedHousehold> surveyedInCounty(String countyCode) {
                assertThat(countyCode).isEqualTo("451227");
                return List.of(new SurveyedHousehold("a", "451227101201", new BigDecimal("12.5"), 4, 3));
            }
        };
        CutOffResult result = new CutOffResult(new BigDecimal("12.5"), List.of("a"), 4);
        when(commands.sendAndWait(any(SetCutOffLineCommand.class), any(MetaData.class))).thenReturn(result);

        assertThat(new CutOffLineService(rounds, households, policies(POLICY), commands)
                .setCutOffLine(ROUND, COUNTY_OFFICER, MetaData.from(Map.of()))).isEqualTo(result);

        verify(commands).sendAndWait(eq(new SetCutOffLineCommand(ROUND, POLICY.version(),
                List.of(new ScoredHousehold("a", "451227101201", new BigDecimal("12.5"), 4, 3)), COUNTY_OFFICER)),
                any(MetaData.class));
    }

    @Test
    void anUnknownRoundIsNotFound() {
        assertThatThrownBy(() -> new CutOffLineService(roundId -> Optional.empty(), null, policies(POLICY), commands)
                .setCutOffLine("nowhere-2015", COUNTY_OFFICER, MetaData.emptyInstance()))
                .isInstanceOfSatisfying(RegistrationException.class,
                        e -> assertThat(e.code()).isEqualTo(RegistrationErrorCode.ROUND_NOT_FOUND));
    }
}
