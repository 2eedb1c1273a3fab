package io.jiandang.assistance.income.adapters.in.web;

import io.jiandang.assistance.common.adapters.in.web.AssistanceProblemAdvice;
import io.jiandang.web.CommandDispatcher;
import io.jiandang.assistance.common.adapters.in.web.AssistanceCommandRefusals;
import io.jiandang.assistance.common.api.AssistanceErrorCode;
import io.jiandang.assistance.common.api.AssistanceException;
import io.jiandang.assistance.common.application.EventHistory;
import io.jiandang.assistance.household.application.RegisteredHousehold;
import io.jiandang.assistance.household.application.RegisteredHouseholds;
import io.jiandang.assistance.income.api.RecordIncomeCardCommand;
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
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The income register endpoints over HTTP, the card's too (MVC slice, commands mocked): refusals as problem+json. */
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

    private static final String CARD_MONTH = """
            {"month": "%s", "amounts": {"WAGES": %s, "PRODUCTION": 50}, "productionCosts": 30,
             "evidenceReference": "scan:h-1/%s"}
            """;

    private static String card(String... months) {
        StringBuilder json = new StringBuilder("{\"months\": [");
        for (int i = 0; i < months.length; i++) {
            String[] monthAndWages = months[i].split("=");
            json.append(i == 0 ? "" : ",").append(CARD_MONTH.formatted(monthAndWages[0], monthAndWages[1],
                    monthAndWages[0]));
        }
        return json.append("]}").toString();
    }

    @Test
    void thePairedCadreRecordsAWholeCardForTheHouseholdsMembers() throws Exception {
        when(commands.sendAndWait(any(RecordIncomeCardCommand.class), any(MetaData.class)))
                .thenReturn(List.of("2016-04.1", "2016-05.1"));
        mvc.perform(post("/api/households/h-1/income/cards/2016").contentType(MediaType.APPLICATION_JSON)
                        .content(card("2016-04=800", "2016-05=820.50")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.entryIds[1]").value("2016-05.1"));
        ArgumentCaptor<RecordIncomeCardCommand> sent = ArgumentCaptor.forClass(RecordIncomeCardCommand.class);
        verify(commands).sendAndWait(sent.capture(), any(MetaData.class));
        assertThat(sent.getValue().registerId()).isEqualTo(RecordIncomeEntryCommand.idOf(HOUSEHOLD, 2016));
        assertThat(sent.getValue().members()).isEqualTo(4);
        assertThat(sent.getValue().cadreId()).isEqualTo("cadre");
        assertThat(sent.getValue().months()).extracting(RecordIncomeCardCommand.Month::evidenceReference)
                .containsExactly("scan:h-1/2016-04", "scan:h-1/2016-05");
    }

    @Test
    void aNegativeAmountOnACardIsAnswered400NamingTheMonthByItsIndex() throws Exception {
        mvc.perform(post("/api/households/h-1/income/cards/2016").contentType(MediaType.APPLICATION_JSON)
                        .content(card("2016-01=800", "2016-02=800", "2016-03=800", "2016-04=-1")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("months[3].amounts[WAGES]"))
                .andExpect(jsonPath("$.errors[0].rule").value("DECIMAL_MIN"));
        verify(commands, never()).sendAndWait(any(), any(MetaData.class));
    }

    @Test
    void aCardWithAMonthNotYetEndedIsRefusedNamingThatMonth() throws Exception {
        mvc.perform(post("/api/households/h-1/income/cards/2016").contentType(MediaType.APPLICATION_JSON)
                        .content(card("2016-05=800", "2016-07=800")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("MONTH_IN_FUTURE"))
                .andExpect(jsonPath("$.errors[0].field").value("months[1].month"));
        verify(commands, never()).sendAndWait(any(), any(MetaData.class));
    }

    @Test
    void aCardWithAMonthThatAlreadyHasAnEntryIsAnswered409NamingThatMonth() throws Exception {
        when(commands.sendAndWait(any(RecordIncomeCardCommand.class), any(MetaData.class))).thenThrow(
                new AssistanceException(AssistanceErrorCode.MONTH_ALREADY_HAS_ENTRY,
                        "Month 1 of the card: Month 2016-05 already has entry 2016-05.1", "months[1].month", null));
        mvc.perform(post("/api/households/h-1/income/cards/2016").contentType(MediaType.APPLICATION_JSON)
                        .content(card("2016-04=800", "2016-05=800")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("MONTH_ALREADY_HAS_ENTRY"))
                .andExpect(jsonPath("$.errors[0].field").value("months[1].month"));
    }

    @Test
    void aCadreWhoIsNotPairedCannotRecordACard() throws Exception {
        caller = STRANGER;
        mvc.perform(post("/api/households/h-1/income/cards/2016").contentType(MediaType.APPLICATION_JSON)
                        .content(card("2016-05=800")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.rule").value("JURISDICTION"));
        verify(commands, never()).sendAndWait(any(), any(MetaData.class));
    }

    @Test
    void anOfficerOfTheVillageCannotRecordACardOnlyThePairedCadreSigns() throws Exception {
        caller = new Actor("officer", Role.INFORMATION_OFFICER, DivisionLevel.VILLAGE, VILLAGE);
        mvc.perform(post("/api/households/h-1/income/cards/2016").contentType(MediaType.APPLICATION_JSON)
                        .content(card("2016-05=800")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.rule").value("ROLE"));
        verify(commands, never()).sendAndWait(any(), any(MetaData.class));
    }
}
