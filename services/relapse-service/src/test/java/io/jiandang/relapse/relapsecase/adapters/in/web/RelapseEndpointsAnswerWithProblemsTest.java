package io.jiandang.relapse.relapsecase.adapters.in.web;

import io.jiandang.contracts.relapse.RelapseCause;
import io.jiandang.contracts.relapse.RelapseStep;
import io.jiandang.divisions.DivisionLevel;
import io.jiandang.web.CommandDispatcher;
import io.jiandang.relapse.common.adapters.in.web.RelapseCommandRefusals;
import io.jiandang.relapse.common.adapters.in.web.RelapseProblemAdvice;
import io.jiandang.relapse.common.api.RelapseErrorCode;
import io.jiandang.relapse.common.api.RelapseException;
import io.jiandang.relapse.relapsecase.api.ApplyForRelapseCommand;
import io.jiandang.relapse.relapsecase.api.RecordHomeVerificationCommand;
import io.jiandang.relapse.relapsecase.api.RelapseCaseStatus;
import io.jiandang.relapse.relapsecase.application.RelapseCaseView;
import io.jiandang.relapse.relapsecase.application.RelapseViews;
import io.jiandang.security.Actor;
import io.jiandang.security.Role;
import io.jiandang.security.web.AccessRefusedProblemAdvice;
import org.axonframework.commandhandling.CommandExecutionException;
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

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
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

/** The relapse case endpoints over HTTP (MVC slice, commands and views mocked): problem+json for every refusal. */
@WebMvcTest
@ContextConfiguration(classes = RelapseEndpointsAnswerWithProblemsTest.Web.class)
@AutoConfigureMockMvc(addFilters = false)
class RelapseEndpointsAnswerWithProblemsTest {

    private static final String VILLAGE = "451227101201";
    private static final Actor VILLAGE_OFFICER = new Actor("v1", Role.INFORMATION_OFFICER, DivisionLevel.VILLAGE, VILLAGE);
    private static final Actor COUNTY_OFFICER = new Actor("c1", Role.INFORMATION_OFFICER, DivisionLevel.COUNTY, "451227");
    private static final Actor SUPERVISOR = new Actor("s1", Role.SUPERVISOR, DivisionLevel.COUNTY, "451227");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-28");
    private static Actor caller;

    @Configuration
    @Import({RelapseCaseController.class, CommandDispatcher.class, RelapseCommandRefusals.class, RelapseProblemAdvice.class,
            AccessRefusedProblemAdvice.class})
    static class Web implements WebMvcConfigurer {

        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), ZoneOffset.ofHours(8));
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
    private RelapseViews views;

    private static final String APPLICATION = """
            {"householdId": "h-1", "causes": %s, "netIncomePerHead": 2650, "evidence": ["doc:bill-1"]}
            """;

    @Test
    void aVillageOfficerFilesAnApplicationAndGetsTheCase() throws Exception {
        caller = VILLAGE_OFFICER;
        when(commands.sendAndWait(any(ApplyForRelapseCommand.class), any(MetaData.class))).thenReturn("case-1");
        mvc.perform(post("/api/relapse-cases").contentType(MediaType.APPLICATION_JSON)
                        .content(APPLICATION.formatted("[\"ILLNESS\"]")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/relapse-cases/")))
                .andExpect(jsonPath("$.caseId").isString());
    }

    @Test
    void aStepTakenByTheWrongLevelIsAnswered403NamingTheExpectedStepAndLevel() throws Exception {
        caller = VILLAGE_OFFICER;
        when(commands.sendAndWait(any(RecordHomeVerificationCommand.class), any(MetaData.class)))
                .thenThrow(new CommandExecutionException("refused", RelapseException.procedure(
                        RelapseErrorCode.WRONG_LEVEL, "HOME_VERIFICATION is taken by a TOWNSHIP officer",
                        RelapseStep.HOME_VERIFICATION, DivisionLevel.TOWNSHIP)));
        mvc.perform(post("/api/relapse-cases/case-1/home-verification").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"findings\": \"属实\", \"verifiedBy\": [\"韦某\"]}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.rule").value("LEVEL"))
                .andExpect(jsonPath("$.code").value("WRONG_LEVEL"))
                .andExpect(jsonPath("$.expectedStep").value("HOME_VERIFICATION"))
                .andExpect(jsonPath("$.expectedLevel").value("TOWNSHIP"));
    }

    @Test
    void aStepOutOfOrderIsAnswered409NamingTheExpectedStepAndLevel() throws Exception {
        caller = COUNTY_OFFICER;
        when(commands.sendAndWait(any(), any(MetaData.class))).thenThrow(RelapseException.procedure(
                RelapseErrorCode.STEP_OUT_OF_ORDER, "The case expects VILLAGE_DELIBERATION next",
                RelapseStep.VILLAGE_DELIBERATION, DivisionLevel.VILLAGE));
        mvc.perform(post("/api/relapse-cases/case-1/approval").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"同意\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("STEP_OUT_OF_ORDER"))
                .andExpect(jsonPath("$.expectedStep").value("VILLAGE_DELIBERATION"))
                .andExpect(jsonPath("$.expectedLevel").value("VILLAGE"));
    }

    @Test
    void anApplicationWithoutCausesIsAnswered400NamingTheField() throws Exception {
        caller = VILLAGE_OFFICER;
        mvc.perform(post("/api/relapse-cases").contentType(MediaType.APPLICATION_JSON)
                        .content(APPLICATION.formatted("[]")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("causes"))
                .andExpect(jsonPath("$.errors[0].rule").value("NOT_EMPTY"));
        verify(commands, never()).sendAndWait(any(), any(MetaData.class));
    }

    @Test
    void anUnknownCauseIsAnswered400NamingTheField() throws Exception {
        caller = VILLAGE_OFFICER;
        mvc.perform(post("/api/relapse-cases").contentType(MediaType.APPLICATION_JSON)
                        .content(APPLICATION.formatted("[\"LAZINESS\"]")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("causes[0]"))
                .andExpect(jsonPath("$.errors[0].rule").value("TYPE"));
    }

    @Test
    void evidenceWithAPersonalNumberIsAnswered400WithoutEchoingIt() throws Exception {
        caller = VILLAGE_OFFICER;
        when(commands.sendAndWait(any(ApplyForRelapseCommand.class), any(MetaData.class))).thenThrow(
                new RelapseException(RelapseErrorCode.EVIDENCE_INVALID, "The evidence[0] contains a run of 11 or more "
                        + "digits", "evidence[0]", "NO_PERSONAL_NUMBER"));
        mvc.perform(post("/api/relapse-cases").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"householdId\": \"h-1\", \"causes\": [\"ILLNESS\"], \"netIncomePerHead\": 1, "
                                + "\"evidence\": [\"451227197001011234\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("EVIDENCE_INVALID"))
                .andExpect(jsonPath("$.errors[0].rule").value("NO_PERSONAL_NUMBER"))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("451227197001011234"))));
    }

    @Test
    void aSupervisorCannotFileAnApplication() throws Exception {
        caller = SUPERVISOR;
        mvc.perform(post("/api/relapse-cases").contentType(MediaType.APPLICATION_JSON)
                        .content(APPLICATION.formatted("[\"ILLNESS\"]")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.rule").value("ROLE"));
        verify(commands, never()).sendAndWait(any(), any(MetaData.class));
    }

    @Test
    void anUnknownCaseIsAnswered404() throws Exception {
        caller = COUNTY_OFFICER;
        when(views.findCase("nope")).thenReturn(Optional.empty());
        mvc.perform(get("/api/relapse-cases/nope"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("CASE_NOT_FOUND"));
    }

    @Test
    void theOverdueQueryListsOpenCasesPastTheirStepsDeadline() throws Exception {
        caller = COUNTY_OFFICER;
        when(views.openCasesWithin("451227")).thenReturn(List.of(
                openCase("late", TODAY.minusDays(1)), openCase("due-today", TODAY), openCase("later", TODAY.plusDays(3))));
        mvc.perform(get("/api/relapse-cases/overdue"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].caseId").value("late"))
                .andExpect(jsonPath("$[0].expectedStep").value("HOME_VERIFICATION"))
                .andExpect(jsonPath("$[0].expectedLevel").value("TOWNSHIP"));
    }

    private static RelapseCaseView openCase(String caseId, LocalDate due) {
        return new RelapseCaseView(caseId, "h-" + caseId, VILLAGE, RelapseCaseStatus.OPEN, RelapseStep.APPLICATION,
                RelapseStep.HOME_VERIFICATION, DivisionLevel.TOWNSHIP, due, List.of(RelapseCause.ILLNESS),
                BigDecimal.ONE, List.of("doc:1"), "exit-1", LocalDate.parse("2016-12-20"), 1, List.of(), null, null,
                List.of(), null, null, null, 1);
    }
}
