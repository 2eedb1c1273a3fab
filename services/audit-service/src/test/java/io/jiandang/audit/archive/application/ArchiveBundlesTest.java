package io.jiandang.audit.archive.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.jiandang.audit.asof.application.AsOfReconstruction;
import io.jiandang.audit.asof.domain.HouseholdStateFold;
import io.jiandang.audit.common.api.AuditErrorCode;
import io.jiandang.audit.common.api.AuditException;
import io.jiandang.audit.log.adapters.out.persistence.MongoAuditLog;
import io.jiandang.audit.log.adapters.out.persistence.MongoPeriodSeals;
import io.jiandang.audit.log.application.AuditLogAppender;
import io.jiandang.audit.log.application.ChainVerification;
import io.jiandang.audit.support.Events;
import io.jiandang.audit.support.MongoWireServer;
import io.jiandang.testing.MovableClock;
import io.jiandang.audit.timeline.application.HouseholdTimelines;
import io.jiandang.divisions.DivisionCatalogue;
import io.jiandang.divisions.DivisionLevel;
import io.jiandang.security.Actor;
import io.jiandang.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The archive catalogue and bundles, checked the way an outside archive would: sums and chain recomputed from the files. */
class ArchiveBundlesTest {

    private static final MongoWireServer MONGO = new MongoWireServer();
    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private static final Actor ARCHIVE_OFFICER = new Actor("archive-officer", Role.AUDITOR, DivisionLevel.COUNTY, "451227");
    private static final DivisionCatalogue GUANGXI = DivisionCatalogue.guangxi();

    private ArchiveBundles bundles;
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-28T02:00:00Z"));
    private String otherVillage;

    @AfterAll
    static void stopMongo() {
        MONGO.close();
    }

    @BeforeEach
    void twoHouseholdsInTwoVillagesOfBama() {
        MongoAuditLog log = new MongoAuditLog(MONGO.freshDatabase());
        AuditLogAppender appender = new AuditLogAppender(log, clock, JSON);
        HouseholdTimelines timelines = new HouseholdTimelines(log, JSON);
        ChainVerification verification = new ChainVerification(log, new MongoPeriodSeals(MONGO.freshDatabase()), clock);
        bundles = new ArchiveBundles(log, timelines, new AsOfReconstruction(log, HouseholdStateFold.standard(), JSON),
                verification, GUANGXI, JSON, clock, 1);
        appender.append("registration.events", Events.registration("HouseholdSurveyed", "hh-a", 0, "2026-01-05T02:00:00Z", null,
                "{\"householdId\":\"hh-a\",\"divisionCode\":\"451227101201\",\"members\":[],\"score\":10,\"policyVersion\":2}"));
        appender.append("registration.events", Events.registration("HouseholdRemoved", "hh-a", 1, "2026-02-05T02:00:00Z", "2026-02-01",
                "{\"householdId\":\"hh-a\",\"divisionCode\":\"451227101201\",\"reason\":\"veto\",\"vetoCode\":\"PUBLIC_PAYROLL\","
                        + "\"evidence\":\"staffing office list 2026\",\"policyVersion\":2}"));
        otherVillage = GUANGXI.villagesWithin("451227").stream().map(d -> d.code())
                .filter(c -> !c.startsWith("451227101")).findFirst().orElseThrow();
        appender.append("registration.events", new io.jiandang.envelope.EventEnvelope("e-b", "/jiandang/registration",
                "io.jiandang.registration.HouseholdSurveyed", "hh-b", Instant.parse("2026-01-06T02:00:00Z"), 0L, "Household",
                otherVillage, Events.VILLAGE_OFFICER, null, null,
                ("{\"householdId\":\"hh-b\",\"divisionCode\":\"" + otherVillage + "\"}").getBytes(StandardCharsets.UTF_8), "hh-b"));
    }

    @Test
    void aHouseholdsDossierHoldsItsFilesWithMatchingSums() throws Exception {
        Map<String, byte[]> files = unzip(bundles.householdDossier("hh-a", ARCHIVE_OFFICER));

        assertThat(files).containsOnlyKeys("manifest.json", "timeline.json", "decisions.json", "signatures.json",
                "events.json", "state.json", "SHA256SUMS");
        for (String line : new String(files.get("SHA256SUMS"), StandardCharsets.UTF_8).split("\n")) {
            String[] sumAndName = line.split("  ", 2);
            assertThat(sha256(files.get(sumAndName[1]))).as(sumAndName[1]).isEqualTo(sumAndName[0]);
        }
        JsonNode manifest = JSON.readTree(files.get("manifest.json"));
        assertThat(manifest.get("format").asText()).isEqualTo("jiandang-audit-archive");
        assertThat(manifest.get("catalogue").size()).isEqualTo(6);
        assertThat(manifest.get("catalogue").get(0).get("code").asText()).isEqualTo("450000");
        assertThat(manifest.get("catalogue").get(4).get("code").asText()).isEqualTo("451227101201");
        assertThat(manifest.get("catalogue").get(5).get("level").asText()).isEqualTo("HOUSEHOLD");
        JsonNode decisions = JSON.readTree(files.get("decisions.json"));
        assertThat(decisions.get(1).get("decision").asText()).isEqualTo("HouseholdRemoved");
        assertThat(decisions.get(1).get("evidence").get(0).asText()).isEqualTo("staffing office list 2026");
        assertThat(JSON.readTree(files.get("state.json")).get("status").asText()).isEqualTo("REMOVED");
    }

    @Test
    void theSignaturesCanBeRecomputedFromTheEventsByTheDocumentedRule() throws Exception {
        Map<String, byte[]> files = unzip(bundles.householdDossier("hh-a", ARCHIVE_OFFICER));
        JsonNode events = JSON.readTree(files.get("events.json"));
        JsonNode chain = JSON.readTree(files.get("signatures.json")).get("householdChain");

        String previous = "0".repeat(64);
        for (int i = 0; i < events.size(); i++) {
            previous = sha256((previous + "\n" + canonicalAsDocumented(events.get(i))).getBytes(StandardCharsets.UTF_8));
            assertThat(chain.get(i).get("hash").asText()).isEqualTo(previous);
        }
        assertThat(JSON.readTree(files.get("signatures.json")).get("verification").get("firstBreak").isNull()).isTrue();
    }

    @Test
    void theCatalogueCountsHouseholdsPerChildAndListsAVillagesHouseholds() {
        ArchiveBundles.Catalogue county = bundles.catalogue(GUANGXI.get("451227"));
        ArchiveBundles.Catalogue village = bundles.catalogue(GUANGXI.get("451227101201"));

        assertThat(county.path()).extracting(ArchiveBundles.CatalogueLevel::code).containsExactly("450000", "451200");
        assertThat(county.children()).filteredOn(c -> c.households() > 0)
                .extracting(ArchiveBundles.CatalogueChild::code).containsExactlyInAnyOrder("451227101000", otherVillage.substring(0, 9) + "000");
        assertThat(village.households()).extracting(ArchiveBundles.CatalogueHousehold::householdId).containsExactly("hh-a");
    }

    @Test
    void aDivisionBundleHoldsItsHouseholdsDossiersUpToTheLimit() throws Exception {
        Map<String, byte[]> files = unzip(bundles.divisionBundle(GUANGXI.get("451227101201"), ARCHIVE_OFFICER));

        assertThat(files).containsKeys("manifest.json", "catalogue.json", "SHA256SUMS",
                "households/451227101201/hh-a/timeline.json", "households/451227101201/hh-a/signatures.json");
        assertThatThrownBy(() -> bundles.divisionBundle(GUANGXI.get("451227"), ARCHIVE_OFFICER))
                .isInstanceOfSatisfying(AuditException.class, e -> assertThat(e.code()).isEqualTo(AuditErrorCode.BUNDLE_TOO_LARGE));
    }

    /** docs/archive-format.md: name=<length>:<value> or name=- per line, in the order of events.json's fields. */
    private static String canonicalAsDocumented(JsonNode event) {
        StringBuilder out = new StringBuilder();
        event.fieldNames().forEachRemaining(name -> {
            JsonNode value = event.get(name);
            out.append(name).append('=');
            if (value.isNull()) {
                out.append('-');
            } else {
                out.append(value.asText().length()).append(':').append(value.asText());
            }
            out.append('\n');
        });
        return out.toString();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
