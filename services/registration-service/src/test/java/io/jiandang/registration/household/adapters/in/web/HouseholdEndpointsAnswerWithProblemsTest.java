package io.jiandang.registration.household.adapters.in.web;

import io.jiandang.divisions.DivisionLevel;
import io.jiandang.eventing.EventMetadata;
import io.jiandang.web.CommandDispatcher;
import io.jiandang.registration.common.adapters.in.web.RegistrationCommandRefusals;
import io.jiandang.registration.common.adapters.in.web.RegistrationProblemAdvice;
import io.jiandang.registration.common.api.RegistrationErrorCode;
import io.jiandang.registration.common.api.RegistrationException;
import io.jiandang.registration.household.api.PassRegistrationStepCommand;
import io.jiandang.registration.household.api.SurveyHouseholdCommand;
import io.jiandang.registration.household.api.SurveyOutcome;
import io.jiandang.registration.household.application.HouseholdViews;
import io.jiandang.security.Actor;
import io.jiandang.security.Role;
import io.jiandang.security.web.AccessRefusedProblemAdvice;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
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

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The household endpoints' answers over HTTP (MVC slice, commands mocked): 201 for a survey, 400 naming the
 * field and rule, 403 for another jurisdiction, 404 for an unknown household, 409 with the typed code.
 */
@WebMvcTest
@ContextConfiguration(classes = HouseholdEndpointsAnswerWithProblemsTest.Web.class)
@AutoConfigureMockMvc(addFilters = false)
class HouseholdEndpointsAnswerWithProblemsTest {

    private static final String VILLAGE = "451227101201";
    private static final String HEAD_ID = "451227196003050015";
    private static final String WRONG_CHECK_DIGIT = "451227196208170021";
    private static Actor caller;

    @Configuration
    @Import({HouseholdController.class, CommandDispatcher.class, RegistrationCommandRefusals.class, RegistrationProblemAdvice.class,
            AccessRefusedProblemAdvice.class})
    static class Web implements WebMvcConfigurer {

        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2016-10-01T02:00:00Z"), ZoneOffset.ofHours(8));
        }

        @Override
        public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
            // stands in for the security module's resolver, which reads the JWT
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
    private HouseholdViews views;

    @BeforeEach
    void villageOfficer() {
        caller = new Actor("officer-1", Role.INFORMATION_OFFICER, DivisionLevel.VILLAGE, VILLAGE);
    }

    private static String survey(String villageCode, String spouseId, String spouseRelation) {
        return """
                {"villageCode": "%s",
                 "members": [{"name": "韦美兰", "idNumber": "%s", "relationToHead": "HEAD"},
                             {"name": "黄秀英", "idNumber": "%s", "relationToHead": "%s"}],
                 "answers": {"income.perHead": 0.1, "housing.safe": 0.2},
                 "causes": ["ILLNESS"], "areas": ["ROCKY_MOUNTAIN"]}
                """.formatted(villageCode, HEAD_ID, spouseId, spouseRelation);
    }

    @Test
    void aSurveyAnswers201WithTheScoreAndSendsTheCallersMetadata() throws Exception {
        when(commands.sendAndWait(any(SurveyHouseholdCommand.class), any(MetaData.class)))
                .thenAnswer(call -> new SurveyOutcome(((SurveyHouseholdCommand) call.getArgument(0)).householdId(),
                        new BigDecimal("23.50"), 3));
        mvc.perform(post("/api/households").contentType(MediaType.APPLICATION_JSON)
                        .header(CommandDispatcher.CORRELATION_HEADER, "corr-42")
                        .content(survey(VILLAGE, "451227196208170029", "SPOUSE")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/households/")))
                .andExpect(jsonPath("$.score").value(23.5))
                .andExpect(jsonPath("$.policyVersion").value(3));
        ArgumentCaptor<MetaData> metaData = ArgumentCaptor.forClass(MetaData.class);
        verify(commands).sendAndWait(any(SurveyHouseholdCommand.class), metaData.capture());
        assertThat(metaData.getValue()).containsEntry(EventMetadata.CORRELATION_ID, "corr-42")
                .containsEntry(EventMetadata.ACTOR_ID, "officer-1")
                .containsEntry(EventMetadata.EFFECTIVE_ON, LocalDate.of(2016, 10, 1).toString());
    }

    @Test
    void anInvalidIdNumberIsAnswered400NamingTheFieldAndTheRule() throws Exception {
        mvc.perform(post("/api/households").contentType(MediaType.APPLICATION_JSON)
                        .content(survey(VILLAGE, WRONG_CHECK_DIGIT, "SPOUSE")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("members[1].idNumber"))
                .andExpect(jsonPath("$.errors[0].rule").value("GB11643_CHECK_DIGIT"))
                .andExpect(content().string(not(containsString(WRONG_CHECK_DIGIT))));
        verify(commands, never()).sendAndWait(any(), any(MetaData.class));
    }

    @Test
    void anUnknownRelationIsAnswered400NamingTheField() throws Exception {
        mvc.perform(post("/api/households").contentType(MediaType.APPLICATION_JSON)
                        .content(survey(VILLAGE, "451227196208170029", "UNCLE")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("members[1].relationToHead"));
    }

    @Test
    void anOfficerOfAnotherCountyIsAnswered403() throws Exception {
        mvc.perform(post("/api/households").contentType(MediaType.APPLICATION_JSON)
                        .content(survey("451228100201", "451227196208170029", "SPOUSE")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.rule").value("JURISDICTION"));
    }

    @Test
    void aBusinessRuleIsAnswered409WithItsCode() throws Exception {
        when(commands.sendAndWait(any(PassRegistrationStepCommand.class), any(MetaData.class)))
                .thenThrow(new RegistrationException(RegistrationErrorCode.STEP_OUT_OF_ORDER,
                        "The next step of the procedure is FIRST_HOME_VISIT", "step", "NEXT_STEP"));
        mvc.perform(post("/api/households/h-1/registration-steps").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"step\": \"VILLAGE_GROUP_DELIBERATION\", \"outcome\": \"PASSED\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("STEP_OUT_OF_ORDER"));
    }

    @Test
    void aStepOfAnotherLevelIsAnswered403BeforeAnyCommand() throws Exception {
        mvc.perform(post("/api/households/h-1/registration-steps").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"step\": \"COUNTY_REVIEW\", \"outcome\": \"PASSED\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.rule").value("LEVEL"));
        verify(commands, never()).sendAndWait(any(), any(MetaData.class));
    }

    @Test
    void anUnknownHouseholdIsAnswered404() throws Exception {
        when(views.find("nobody")).thenReturn(Optional.empty());
        mvc.perform(get("/api/households/nobody"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("HOUSEHOLD_NOT_FOUND"));
    }

    @Test
    void anUpdateWithAMalformedCycleIsAnswered400() throws Exception {
        mvc.perform(post("/api/households/h-1/updates").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cycle\": \"2016-Q5\", \"change\": {\"kind\": \"INCOME\", \"netIncomePerHead\": 10}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("cycle"))
                .andExpect(jsonPath("$.errors[0].rule").value("PATTERN"));
    }
}
