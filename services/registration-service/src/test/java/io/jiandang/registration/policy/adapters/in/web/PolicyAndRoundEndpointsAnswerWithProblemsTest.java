package io.jiandang.registration.policy.adapters.in.web;

import io.jiandang.divisions.DivisionLevel;
import io.jiandang.web.CommandDispatcher;
import io.jiandang.registration.common.adapters.in.web.RegistrationCommandRefusals;
import io.jiandang.registration.common.adapters.in.web.RegistrationProblemAdvice;
import io.jiandang.registration.identification.adapters.in.web.IdentificationRoundController;
import io.jiandang.registration.identification.api.OpenIdentificationRoundCommand;
import io.jiandang.registration.identification.application.CutOffLineService;
import io.jiandang.registration.identification.application.IdentificationRounds;
import io.jiandang.registration.policy.api.PublishRegistrationPolicyCommand;
import io.jiandang.registration.policy.application.PublishedPolicies;
import io.jiandang.security.Actor;
import io.jiandang.security.Role;
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
import java.util.List;
import java.util.Optional;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The policy and identification-round endpoints over HTTP (MVC slice, commands mocked). */
@WebMvcTest
@ContextConfiguration(classes = PolicyAndRoundEndpointsAnswerWithProblemsTest.Web.class)
@AutoConfigureMockMvc(addFilters = false)
class PolicyAndRoundEndpointsAnswerWithProblemsTest {

    private static final Actor ADMINISTRATOR = new Actor("admin", Role.POLICY_ADMINISTRATOR, DivisionLevel.REGION,
            "450000");
    private static final Actor COUNTY_OFFICER = new Actor("c1", Role.INFORMATION_OFFICER, DivisionLevel.COUNTY,
            "451227");
    private static Actor caller;

    @Configuration
    @Import({RegistrationPolicyController.class, IdentificationRoundController.class, CommandDispatcher.class, RegistrationCommandRefusals.class,
            RegistrationProblemAdvice.class, AccessRefusedProblemAdvice.class})
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
    private PublishedPolicies policies;
    @MockitoBean
    private IdentificationRounds rounds;
    @MockitoBean
    private CutOffLineService cutOffLines;

    private static final String POLICY = """
            {"version": 1,
             "indicators": [{"category": "housing", "item": "housing.safe", "weight": %s}],
             "vetoRules": [{"code": "PUBLIC_PAYROLL", "description": "paid from public funds"}],
             "noticePeriodDays": 7}
            """;

    @Test
    void aPolicyAdministratorPublishesAVersion() throws Exception {
        caller = ADMINISTRATOR;
        when(commands.sendAndWait(any(PublishRegistrationPolicyCommand.class), any(MetaData.class))).thenReturn(1);
        mvc.perform(post("/api/registration-policies").contentType(MediaType.APPLICATION_JSON)
                        .content(POLICY.formatted("35")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void anOfficerCannotPublishAPolicy() throws Exception {
        caller = COUNTY_OFFICER;
        mvc.perform(post("/api/registration-policies").contentType(MediaType.APPLICATION_JSON)
                        .content(POLICY.formatted("35")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.rule").value("ROLE"));
        verify(commands, never()).sendAndWait(any(), any(MetaData.class));
    }

    @Test
    void aZeroWeightIsAnswered400NamingTheIndicator() throws Exception {
        caller = ADMINISTRATOR;
        mvc.perform(post("/api/registration-policies").contentType(MediaType.APPLICATION_JSON)
                        .content(POLICY.formatted("0")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("indicators[0].weight"))
                .andExpect(jsonPath("$.errors[0].rule").value("DECIMAL_MIN"));
    }

    @Test
    void noPublishedPolicyIsAnswered404() throws Exception {
        caller = COUNTY_OFFICER;
        when(policies.currentPublication()).thenReturn(Optional.empty());
        mvc.perform(get("/api/registration-policies/current"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("POLICY_NOT_FOUND"));
    }

    @Test
    void aCountyOfficerOpensTheRoundOfTheCountyOnly() throws Exception {
        caller = COUNTY_OFFICER;
        when(commands.sendAndWait(any(OpenIdentificationRoundCommand.class), any(MetaData.class)))
                .thenReturn("451227-2015");
        mvc.perform(post("/api/identification-rounds").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"countyCode\": \"451227\", \"year\": 2015, \"povertyScale\": 52000}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/identification-rounds/451227-2015"))
                .andExpect(jsonPath("$.roundId").value("451227-2015"));
        mvc.perform(post("/api/identification-rounds").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"countyCode\": \"451228\", \"year\": 2015, \"povertyScale\": 52000}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.rule").value("JURISDICTION"));
    }

    @Test
    void theLineOfAnUnknownRoundIsAnswered404() throws Exception {
        caller = COUNTY_OFFICER;
        when(rounds.find("451227-1999")).thenReturn(Optional.empty());
        mvc.perform(post("/api/identification-rounds/451227-1999/cut-off"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("ROUND_NOT_FOUND"));
    }
}
