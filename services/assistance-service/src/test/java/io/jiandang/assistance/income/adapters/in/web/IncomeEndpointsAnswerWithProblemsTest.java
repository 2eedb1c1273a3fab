package io.jiandang.assistance.income.adapters.in.web;

import io.jiandang.assistance.common.adapters.in.web.AssistanceProblemAdvice;
import io.jiandang.web.CommandDispatcher;
import io.jiandang.assistance.common.adapters.in.web.AssistanceCommandRefusals;
import io.jiandang.assistance.common.api.AssistanceErrorCode;
import io.jiandang.assistance.common.api.AssistanceException;
import io.jiandang.assistance.common.application.EventHistory;
import io.jiandang.assistance.household.application.RegisteredHousehold;
import io.jiandang.assistance.household.application.RegisteredHouseholds;
import io.jiandang.assistance.income.api.RecordIncomeEntryCommand;
import io.jiandang.assistance.income.api.SignIncomeEntryCommand;
import io.jiandang.assistance.income.application.IncomeService;
import io.jiandang.assistance.pairing.application.HouseholdAccess;
import io.jiandang.assistance.pairing.application.Pairings;
import io.jiandang.divisions.DivisionLevel;
import io.jiandang.security.Actor;
import io.jiandang.security.Role;
import io.jiandang.security.web.AccessRefusedProblemAdvice;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
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
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The income register endpoints over HTTP (MVC slice, commands mocked): refusals as problem+json. */
@WebMvcTest
@ContextConfiguration(classes = IncomeEndpointsAnswerWithProblemsTest.Web.class)
@AutoConfigureMockMvc(addFilters = false)
class IncomeEndpointsAnswerWithProblemsTest {

    private static final String HOUSEHOLD = "h-1";
    private static final String VILLAGE = "451227101201";
    private static final Actor CADRE = new Actor("cadre", Role.ASSISTANCE_CADRE, DivisionLevel.VILLAGE, VILLAGE);
    private static final Actor STRANGER = new Actor("stranger", Role.ASSISTANCE_CADRE, DivisionLevel.VILLAGE, VILLAGE);
    private static Actor caller;

    @Configuration
    @Import({IncomeController.class, IncomeService.class, HouseholdAccess.class, CommandDispatcher.class, AssistanceCommandRefusals.class,
            AssistanceProblemAdvice.class, AccessRefusedProblemAdvice.class})
    static class Web implements WebMvcConfigurer {

        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2016-06-15T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
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
    private RegisteredHouseholds households;
    @MockitoBean
    private Pairings pairings;
    @MockitoBean
    private EventHistory history;

    private static final String ENTRY = """
            {"month": "%s", "amounts": {"WAGES": %s}, "productionCosts": 0}
            """;

    @BeforeEach
    void aRegisteredHouseholdPairedWithTheCadre() {
        caller = CADRE;
        when(households.find(HOUSEHOLD)).thenReturn(Optional.of(new RegisteredHousehold(HOUSEHOLD, VILLAGE,
                RegisteredHousehold.Status.REGISTERED, new BigDecimal("41.5"), 4, 1)));
        when(pairings.isPaired(HOUSEHOLD, "cadre")).thenReturn(true);
    }

    @Test
    void thePairedCadreWritesAnEntryForTheHouseholdsMembers() throws Exception {
        when(commands.sendAndWait(any(RecordIncomeEntryCommand.class), any(MetaData.class))).thenReturn("2016-05.1");
        mvc.perform(post("/api/households/h-1/income/entries").contentType(MediaType.APPLICATION_JSON)
                        .content(ENTRY.formatted("2016-05", "800.00")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.entryId").value("2016-05.1"));
    }

    @Test
    void aNegativeAmountIsAnswered400NamingTheSource() throws Exception {
        mvc.perform(post("/api/households/h-1/income/entries").contentType(MediaType.APPLICATION_JSON)
                        .content(ENTRY.formatted("2016-05", "-1")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("amounts[WAGES]"))
                .andExpect(jsonPath("$.errors[0].rule").value("DECIMAL_MIN"));
        verify(commands, never()).sendAndWait(any(), any(MetaData.class));
    }

    @Test
    void aMonthNotYetEndedIsRefused() throws Exception {
        mvc.perform(post("/api/households/h-1/income/entries").contentType(MediaType.APPLICATION_JSON)
                        .content(ENTRY.formatted("2016-07", "800")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MONTH_IN_FUTURE"))
                .andExpect(jsonPath("$.errors[0].field").value("month"));
    }

    @Test
    void aCadreWhoIsNotPairedCannotSign() throws Exception {
        caller = STRANGER;
        mvc.perform(post("/api/households/h-1/income/entries/2016-05.1/signatures").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"signatory\": \"CADRE\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.rule").value("JURISDICTION"));
        verify(commands, never()).sendAndWait(any(), any(MetaData.class));
    }

    @Test
    void anUnknownSignatoryIsAnswered400() throws Exception {
        mvc.perform(post("/api/households/h-1/income/entries/2016-05.1/signatures").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"signatory\": \"NEIGHBOUR\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("signatory"));
    }

    @Test
    void aRuleOfTheRegisterIsAnswered409WithItsCode() throws Exception {
        when(commands.sendAndWait(any(SignIncomeEntryCommand.class), any(MetaData.class))).thenThrow(
                new AssistanceException(AssistanceErrorCode.ENTRY_SUPERSEDED, "Entry 2016-05.1 was superseded"));
        mvc.perform(post("/api/households/h-1/income/entries/2016-05.1/signatures").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"signatory\": \"CADRE\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ENTRY_SUPERSEDED"));
    }

    @Test
    void anUnknownHouseholdIsAnswered404() throws Exception {
        when(households.find("h-2")).thenReturn(Optional.empty());
        mvc.perform(post("/api/households/h-2/income/entries").contentType(MediaType.APPLICATION_JSON)
                        .content(ENTRY.formatted("2016-05", "800")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("HOUSEHOLD_NOT_FOUND"));
    }
}
