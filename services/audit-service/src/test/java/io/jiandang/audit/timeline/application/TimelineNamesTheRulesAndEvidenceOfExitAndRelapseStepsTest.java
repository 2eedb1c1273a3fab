package io.jiandang.audit.timeline.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.jiandang.audit.log.adapters.out.persistence.MongoAuditLog;
import io.jiandang.audit.log.application.AuditLogAppender;
import io.jiandang.audit.support.Events;
import io.jiandang.audit.support.MongoWireServer;
import io.jiandang.testing.MovableClock;
import io.jiandang.audit.timeline.domain.TimelineEntry;
import io.jiandang.audit.timeline.domain.TimelineFilter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The timeline's rule version and evidence, from the exit and relapse contracts' fields. */
class TimelineNamesTheRulesAndEvidenceOfExitAndRelapseStepsTest {

    private static final MongoWireServer MONGO = new MongoWireServer();
    private static final String HH = "hh-timeline";
    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    @AfterAll
    static void stopMongo() {
        MONGO.close();
    }

    @Test
    void aStepWithoutItsOwnVersionShowsTheVersionOfItsExitOrCaseAndEvidenceReferencesAreListed() {
        MongoAuditLog log = new MongoAuditLog(MONGO.freshDatabase());
        AuditLogAppender appender = new AuditLogAppender(log, new MovableClock(Instant.parse("2026-11-28T00:00:00Z")),
                JSON);
        appender.append("exit.events", Events.event("exit", "HouseholdExitAssessed", HH, "exit-1", 0, "2026-01-10T02:00:00Z", null,
                Events.COUNTY_OFFICER, body("\"exitId\":\"exit-1\",\"exitYear\":2025,\"netIncomePerHead\":4200,\"incomeLine\":3146,"
                        + "\"monthsCounted\":12,\"criteriaVersion\":2,\"guarantees\":[],\"verificationTeam\":[]")));
        appender.append("exit.events", Events.event("exit", "ExitConfirmationSigned", HH, "exit-1", 1, "2026-01-11T02:00:00Z", null,
                Events.COUNTY_OFFICER, body("\"exitId\":\"exit-1\",\"signatory\":\"HOUSEHOLD_HEAD\",\"signedBy\":\"o-1\",\"evidenceReference\":\"scan-17\"")));
        appender.append("relapse.events", Events.event("relapse", "RelapseApplied", HH, "case-1", 0, "2026-06-01T02:00:00Z", null,
                Events.VILLAGE_OFFICER, body("\"caseId\":\"case-1\",\"causes\":[\"ILLNESS\"],\"netIncomePerHead\":1500,"
                        + "\"evidence\":[\"doc-1\",\"doc-2\"],\"exitId\":\"exit-1\",\"exitedOn\":\"2026-01-25\",\"policyVersion\":3,\"nextStepDueOn\":\"2026-06-15\"")));
        appender.append("relapse.events", Events.event("relapse", "RelapseStepPassed", HH, "case-1", 1, "2026-06-05T02:00:00Z", null,
                Events.COUNTY_OFFICER, body("\"caseId\":\"case-1\",\"step\":\"HOME_VERIFICATION\",\"verifiedBy\":[\"v-1\"]")));

        List<TimelineEntry> timeline = new HouseholdTimelines(log, JSON)
                .timeline(HH, TimelineFilter.ALL);

        assertThat(timeline).extracting(TimelineEntry::name)
                .containsExactly("HouseholdExitAssessed", "ExitConfirmationSigned", "RelapseApplied", "RelapseStepPassed");
        assertThat(timeline.get(0).ruleVersion()).isEqualTo(Map.of("criteriaVersion", 2));
        assertThat(timeline.get(1).ruleVersion()).isEqualTo(Map.of("criteriaVersion", 2));
        assertThat(timeline.get(1).evidence()).containsExactly("scan-17");
        assertThat(timeline.get(2).ruleVersion()).isEqualTo(Map.of("policyVersion", 3));
        assertThat(timeline.get(2).evidence()).containsExactly("doc-1", "doc-2");
        assertThat(timeline.get(3).ruleVersion()).isEqualTo(Map.of("policyVersion", 3));
    }

    private static String body(String fields) {
        return "{\"householdId\":\"" + HH + "\",\"divisionCode\":\"451227101201\"," + fields + "}";
    }
}
