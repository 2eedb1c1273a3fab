package io.jiandang.audit.common.adapters.in.web;

import io.jiandang.audit.access.application.AuditAccess;
import io.jiandang.audit.access.application.AuditQueries;
import io.jiandang.audit.access.domain.AuditQueryRecord;
import io.jiandang.audit.asof.adapters.in.web.AsOfController;
import io.jiandang.audit.asof.application.AsOfReconstruction;
import io.jiandang.audit.log.application.AuditLog;
import io.jiandang.audit.log.application.AuditedHousehold;
import io.jiandang.audit.replay.adapters.in.web.ReplayController;
import io.jiandang.audit.replay.application.FigureReplay;
import io.jiandang.audit.timeline.adapters.in.web.HouseholdTimelineController;
import io.jiandang.audit.timeline.application.HouseholdTimelines;
import io.jiandang.divisions.DivisionCatalogue;
import io.jiandang.divisions.DivisionLevel;
import io.jiandang.security.Actor;
import io.jiandang.security.Role;
import io.jiandang.security.web.AccessRefusedProblemAdvice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.MethodParameter;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import io.jiandang.clock.RecordingClock;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The audit endpoints' refusals over HTTP (MVC slice, the log mocked): 403 with the rule for another county or a
 * role that may not read, 400 naming the parameter, 404 with the typed code; every attempt is recorded.
 */
@WebMvcTest
@ContextConfiguration(classes = AuditEndpointsAnswerWithProblemsTest.Web.class)
@AutoConfigureMockMvc(addFilters = false)
class AuditEndpointsAnswerWithProblemsTest {

    private static final String HOUSEHOLD = "hh-1";
    private static final List<AuditQueryRecord> RECORDED = new ArrayList<>();
    private static Actor caller;

    @Configuration
    @Import({HouseholdTimelineController.class, AsOfController.class, ReplayController.class, AuditProblemAdvice.class,
            AccessRefusedProblemAdvice.class})
    static class Web implements WebMvcConfigurer {

        @Bean
        RecordingClock recordingClock() {
            return new RecordingClock(Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), ZoneOffset.UTC));
        }

        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), ZoneOffset.ofHours(8));
        }

        @Bean
        AuditAccess auditAccess(AuditLog log, Clock clock) {
            AuditQueries queries = new AuditQueries() {
                @Override
                public void record(AuditQueryRecord query) {
                    RECORDED.add(query);
                }

                @Override
                public List<AuditQueryRecord> ofHousehold(String householdId) {
                    return RECORDED;
                }

                @Override
                public List<AuditQueryRecord> ofUser(String userId) {
                    return RECORDED;
                }
            };
            return new AuditAccess(log, queries, DivisionCatalogue.guangxi(), clock);
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
    private AuditLog log;
    @MockitoBean
    private HouseholdTimelines timelines;
    @MockitoBean
    private AsOfReconstruction reconstruction;
    @MockitoBean
    private FigureReplay replay;

    @BeforeEach
    void aHouseholdInBama() {
        RECORDED.clear();
        caller = new Actor("county-auditor", Role.AUDITOR, DivisionLevel.COUNTY, "451227");
        when(log.findHousehold(HOUSEHOLD)).thenReturn(Optional.of(new AuditedHousehold(HOUSEHOLD, "451227101201", 3)));
    }

    @Test
    void anAuditorOfAnotherCountyIsRefusedWithTheJurisdictionRuleAndTheRefusalIsRecorded() throws Exception {
        caller = new Actor("other-auditor", Role.AUDITOR, DivisionLevel.COUNTY, "451221");

        mvc.perform(get("/api/households/{id}/timeline", HOUSEHOLD))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.rule").value("JURISDICTION"));

        verify(timelines, never()).timeline(any(), any());
        assertThat(RECORDED).singleElement().satisfies(q -> {
            assertThat(q.userId()).isEqualTo("other-auditor");
            assertThat(q.householdId()).isEqualTo(HOUSEHOLD);
            assertThat(q.outcome()).isEqualTo(AuditQueryRecord.Outcome.REFUSED);
        });
    }

    @Test
    void anInformationOfficerIsRefusedByRoleEvenInsideTheirVillage() throws Exception {
        caller = new Actor("village-officer", Role.INFORMATION_OFFICER, DivisionLevel.VILLAGE, "451227101201");

        mvc.perform(get("/api/households/{id}/as-of", HOUSEHOLD))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.rule").value("ROLE"));
    }

    @Test
    void aMalformedKnowledgeTimeIsRefusedNamingTheParameter() throws Exception {
        mvc.perform(get("/api/households/{id}/as-of", HOUSEHOLD).param("knownAt", "yesterday"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("INVALID_TIME"))
                .andExpect(jsonPath("$.errors[0].field").value("knownAt"));
        verify(reconstruction, never()).asOf(any(), any(), any());
    }

    @Test
    void aMalformedPeriodBoundIsRefusedNamingTheParameter() throws Exception {
        mvc.perform(get("/api/households/{id}/timeline", HOUSEHOLD).param("from", "2026-13-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    @Test
    void anUnknownHouseholdIsNotFoundWithItsCodeAndRecorded() throws Exception {
        when(log.findHousehold("nobody")).thenReturn(Optional.empty());

        mvc.perform(get("/api/households/{id}/timeline", "nobody"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("HOUSEHOLD_NOT_FOUND"));
        assertThat(RECORDED).extracting(AuditQueryRecord::outcome).containsExactly(AuditQueryRecord.Outcome.NOT_FOUND);
    }

    @Test
    void aReplayWithoutADivisionIsRefusedNamingItAndAnUnknownDivisionIsNotFound() throws Exception {
        mvc.perform(get("/api/replay/figures/poor-population"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("division"));
        mvc.perform(get("/api/replay/figures/poor-population").param("division", "999999"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("UNKNOWN_DIVISION"));
    }

    @Test
    void aReplayOutsideTheJurisdictionIsRefused() throws Exception {
        mvc.perform(get("/api/replay/figures/poor-population").param("division", "450000"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.rule").value("JURISDICTION"));
    }
}
