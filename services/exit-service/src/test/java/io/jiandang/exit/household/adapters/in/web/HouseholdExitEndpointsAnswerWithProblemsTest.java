package io.jiandang.exit.household.adapters.in.web;

import io.jiandang.web.CommandDispatcher;
import io.jiandang.exit.common.adapters.in.web.ExitCommandRefusals;
import io.jiandang.exit.common.adapters.in.web.ExitProblemAdvice;
import io.jiandang.exit.common.api.ExitErrorCode;
import io.jiandang.exit.common.api.ExitException;
import io.jiandang.exit.common.api.FailedCriterion;
import io.jiandang.exit.facts.adapters.out.readmodel.MongoExitViews;
import io.jiandang.exit.facts.application.ExitView;
import io.jiandang.exit.facts.domain.RegisterFacts;
import io.jiandang.exit.household.api.AssessHouseholdExitCommand;
import io.jiandang.exit.household.api.CancellationOutcome;
import io.jiandang.exit.household.api.RecordHouseholdExitCommand;
import io.jiandang.security.Actor;
import io.jiandang.security.web.AccessRefusedProblemAdvice;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static io.jiandang.exit.support.ExitTestData.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The household exit endpoints over HTTP (MVC slice, commands mocked): problem+json naming the failed criteria. */
@WebMvcTest
@ContextConfiguration(classes = HouseholdExitEndpointsAnswerWithProblemsTest.Web.class)
@AutoConfigureMockMvc(addFilters = false)
class HouseholdExitEndpointsAnswerWithProblemsTest {

    private static Actor caller;

    @Configuration
    @Import({HouseholdExitController.class, CommandDispatcher.class, ExitCommandRefusals.class, ExitProblemAdvice.class, AccessRefusedProblemAdvice.class})
    static class Web implements WebMvcConfigurer {

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }

        @Override
        public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
            resolvers.add(new HandlerMethodArgumentResolver() {
                @Override
                public boolean supportsParameter(MethodParameter parameter) {
                    return Actor.class.equals(parameter.getParameterType());
                }

                @Override
                public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                              NativeWebRequest request, WebDataBinderFactory binders) {
                    return caller;
                }
            });
        }
    }

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private CommandGateway commands;
    @MockitoBean
    private MongoExitViews views;
    @MockitoBean
    private RegisterFacts facts;

    private static final String ASSESSMENT = """
            {"householdId": "h-1", "exitYear": 2016, "verificationTeam": ["team-member-1"],
             "guarantees": [{"code": "SAFE_HOUSING", "met": false, "note": "cracked walls"}]}
            """;

    @Test
    void anAssessmentThatFailsNamesEachCriterionWithWhatWasExpectedAndFound() throws Exception {
        caller = TOWNSHIP_OFFICER;
        when(commands.sendAndWait(any(AssessHouseholdExitCommand.class), any(MetaData.class))).thenThrow(
                new ExitException(ExitErrorCode.EXIT_CRITERIA_NOT_MET, "The household does not meet 八有一超", List.of(
                        new FailedCriterion("INCOME_ABOVE_LINE", "above 3146 yuan per head in 2016", "3000.00 yuan per head"),
                        new FailedCriterion("SAFE_HOUSING", "met: 有安全住房", "not met: cracked walls"))));

        mvc.perform(post("/api/household-exits").contentType(MediaType.APPLICATION_JSON).content(ASSESSMENT))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("EXIT_CRITERIA_NOT_MET"))
                .andExpect(jsonPath("$.failedCriteria[0].code").value("INCOME_ABOVE_LINE"))
                .andExpect(jsonPath("$.failedCriteria[0].expected").value("above 3146 yuan per head in 2016"))
                .andExpect(jsonPath("$.failedCriteria[0].actual").value("3000.00 yuan per head"))
                .andExpect(jsonPath("$.failedCriteria[1].code").value("SAFE_HOUSING"));
    }

    @Test
    void anAssessmentWithoutHouseholdIsAnswered400NamingTheField() throws Exception {
        caller = TOWNSHIP_OFFICER;
        mvc.perform(post("/api/household-exits").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"exitYear\": 2016, \"guarantees\": [], \"verificationTeam\": []}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("householdId"))
                .andExpect(jsonPath("$.errors[0].rule").value("NOT_BLANK"));
        verify(commands, never()).sendAndWait(any(), any(MetaData.class));
    }

    @Test
    void aVetoFoundAtCancellationIsAnswered409WithTheVeto() throws Exception {
        caller = COUNTY_OFFICER;
        when(commands.sendAndWait(any(RecordHouseholdExitCommand.class), any(MetaData.class))).thenReturn(
                new CancellationOutcome(false, List.of(new FailedCriterion("REGISTERED_COMPANY", "not found: 家庭成员注册公司",
                        "found, evidence aic-2016-77"))));

        mvc.perform(post("/api/household-exits/e-1/cancellation").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"exitedOn\": \"2016-12-20\", \"vetoChecks\": [{\"code\": \"REGISTERED_COMPANY\", \"found\": true, \"evidence\": \"aic-2016-77\"}]}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("VETO_FOUND"))
                .andExpect(jsonPath("$.failedCriteria[0].code").value("REGISTERED_COMPANY"));
    }

    @Test
    void anExitOutsideTheCallersJurisdictionIsRefused403() throws Exception {
        caller = new Actor("other", io.jiandang.security.Role.INFORMATION_OFFICER, io.jiandang.divisions.DivisionLevel.COUNTY, "451221");
        when(views.exit("e-1")).thenReturn(Optional.of(new ExitView("e-1", "h-1", VILLAGE, "EXITED", 2016, null, null, 12, 1,
                List.of(), List.of(), null, null, null, null, null, LocalDate.parse("2016-12-20"), LocalDate.parse("2018-12-19"),
                LocalDate.parse("2019-12-19"), null, null, null)));

        mvc.perform(get("/api/household-exits/e-1"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.rule").value("JURISDICTION"));
    }

    @Test
    void anExitShowsItsSupportPhaseOnTheBusinessDate() throws Exception {
        caller = COUNTY_OFFICER;
        when(views.exit("e-1")).thenReturn(Optional.of(new ExitView("e-1", "h-1", VILLAGE, "EXITED", 2016, null, null, 12, 1,
                List.of(), List.of(), null, null, null, null, null, LocalDate.parse("2016-12-20"), LocalDate.parse("2018-12-19"),
                LocalDate.parse("2019-12-19"), null, null, null)));

        mvc.perform(get("/api/household-exits/e-1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.trackingEndsOn").value("2018-12-19"))
                .andExpect(jsonPath("$.observationEndsOn").value("2019-12-19"))
                // the slice runs on the system clock: long after 2019
                .andExpect(jsonPath("$.supportPhase").value("ENDED"));
    }
}
