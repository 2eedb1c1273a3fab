package io.jiandang.audit.archive.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.jiandang.audit.asof.application.AsOfReconstruction;
import io.jiandang.audit.common.api.AuditErrorCode;
import io.jiandang.audit.common.api.AuditException;
import io.jiandang.audit.log.application.AuditLog;
import io.jiandang.audit.log.application.AuditedHousehold;
import io.jiandang.audit.log.application.ChainVerification;
import io.jiandang.audit.log.domain.AuditedEvent;
import io.jiandang.audit.log.domain.HashChain;
import io.jiandang.audit.log.domain.LogEntry;
import io.jiandang.audit.timeline.application.HouseholdTimelines;
import io.jiandang.audit.timeline.domain.TimelineEntry;
import io.jiandang.audit.timeline.domain.TimelineFilter;
import io.jiandang.divisions.Division;
import io.jiandang.divisions.DivisionCatalogue;
import io.jiandang.divisions.DivisionLevel;
import io.jiandang.security.Actor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The archive (档案) in its six-level catalogue — region, city, county, township, village, household — and its
 * downloadable bundles: a household's dossier (timeline, decisions, signatures = its hash chain, the stored
 * events to recompute it, its present state) and a division's bundle of dossiers. The format is documented in
 * docs/archive-format.md.
 */
public class ArchiveBundles {

    public static final String FORMAT = "jiandang-audit-archive";
    public static final int FORMAT_VERSION = 1;

    private final AuditLog log;
    private final HouseholdTimelines timelines;
    private final AsOfReconstruction reconstruction;
    private final ChainVerification verification;
    private final DivisionCatalogue divisions;
    private final ObjectMapper json;
    private final Clock clock;
    private final int maxHouseholdsPerBundle;

    public ArchiveBundles(AuditLog log, HouseholdTimelines timelines, AsOfReconstruction reconstruction,
                          ChainVerification verification, DivisionCatalogue divisions, ObjectMapper json, Clock clock,
                          int maxHouseholdsPerBundle) {
        this.log = log;
        this.timelines = timelines;
        this.reconstruction = reconstruction;
        this.verification = verification;
        this.divisions = divisions;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
        this.clock = clock;
        this.maxHouseholdsPerBundle = maxHouseholdsPerBundle;
    }

    // ---- catalogue

    public record CatalogueLevel(String code, String name, String level) {
    }

    public record CatalogueChild(String code, String name, String level, long households) {
    }

    public record CatalogueHousehold(String householdId, String villageCode, long facts) {
    }

    /** A division's place in the catalogue: the path above it, its children with their household counts, or at a village its households. */
    public record Catalogue(CatalogueLevel division, List<CatalogueLevel> path, List<CatalogueChild> children,
                            List<CatalogueHousehold> households) {
    }

    public Catalogue catalogue(Division division) {
        List<AuditedHousehold> within = log.householdsWithin(division.code(), division.level());
        List<CatalogueLevel> path = path(division);
        if (division.level() == DivisionLevel.VILLAGE) {
            return new Catalogue(level(division), path, List.of(), within.stream()
                    .map(h -> new CatalogueHousehold(h.householdId(), h.divisionCode(), h.entries())).toList());
        }
        int digits = division.level().below().significantDigits();
        Map<String, Long> counts = new TreeMap<>();
        for (AuditedHousehold h : within) {
            if (h.divisionCode() != null && h.divisionCode().length() >= digits) {
                counts.merge(h.divisionCode().substring(0, digits), 1L, Long::sum);
            }
        }
        List<CatalogueChild> children = divisions.children(division.code()).stream()
                .map(c -> new CatalogueChild(c.code(), c.name(), c.level().name(),
                        counts.getOrDefault(c.code().substring(0, Math.min(digits, c.code().length())), 0L)))
                .toList();
        return new Catalogue(level(division), path, children, List.of());
    }

    private List<CatalogueLevel> path(Division division) {
        List<CatalogueLevel> path = new ArrayList<>(divisions.ancestors(division.code()).stream().map(ArchiveBundles::level).toList());
        java.util.Collections.reverse(path);
        return path;
    }

    private static CatalogueLevel level(Division d) {
        return new CatalogueLevel(d.code(), d.name(), d.level().name());
    }

    // ---- household dossier

    /** A household's dossier as a ZIP. */
    public byte[] householdDossier(String householdId, Actor requestedBy) {
        Instant now = clock.instant();
        Map<String, byte[]> files = dossierFiles(householdId);
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format", FORMAT);
        manifest.put("formatVersion", FORMAT_VERSION);
        manifest.put("kind", "HOUSEHOLD_DOSSIER");
        manifest.put("householdId", householdId);
        manifest.put("catalogue", householdPath(householdId));
        manifest.put("generatedAt", now.toString());
        manifest.put("generatedBy", Map.of("userId", requestedBy.userId(), "role", requestedBy.role().name()));
        manifest.put("hashAlgorithm", "SHA-256");
        return zip(files, manifest, now);
    }

    private Map<String, byte[]> dossierFiles(String householdId) {
        List<LogEntry> entries = log.household(householdId);
        List<TimelineEntry> timeline = timelines.timeline(householdId, TimelineFilter.ALL);
        List<Map<String, Object>> decisions = new ArrayList<>();
        for (TimelineEntry entry : timeline) {
            if (entry.actor() != null) {
                Map<String, Object> decision = new LinkedHashMap<>();
                decision.put("eventId", entry.eventId());
                decision.put("decision", entry.name());
                decision.put("kind", entry.kind());
                decision.put("businessDate", entry.businessDate().toString());
                decision.put("recordedAt", entry.recordedAt().toString());
                decision.put("actor", entry.actor());
                decision.put("ruleVersion", entry.ruleVersion());
                decision.put("evidence", entry.evidence());
                decision.put("hash", entry.hash());
                decisions.add(decision);
            }
        }
        List<Map<String, Object>> chain = new ArrayList<>();
        List<Map<String, Object>> events = new ArrayList<>();
        for (LogEntry entry : entries) {
            Map<String, Object> link = new LinkedHashMap<>();
            link.put("householdPosition", entry.householdPosition());
            link.put("eventId", entry.event().eventId());
            link.put("previousHash", entry.householdPreviousHash());
            link.put("hash", entry.householdHash());
            link.put("logPosition", entry.logPosition());
            link.put("logPreviousHash", entry.logPreviousHash());
            link.put("logHash", entry.logHash());
            chain.add(link);
            events.add(storedForm(entry.event()));
        }
        Map<String, Object> signatures = new LinkedHashMap<>();
        signatures.put("algorithm", "hash = hex(SHA-256(previousHash + \"\\n\" + canonical(event))), genesis = 64 zeros; see docs/archive-format.md");
        signatures.put("householdChain", chain);
        signatures.put("verification", verification.verifyHousehold(householdId));
        signatures.put("periodSeals", verification.seals());
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("timeline.json", write(timeline));
        files.put("decisions.json", write(decisions));
        files.put("signatures.json", write(signatures));
        files.put("events.json", write(events));
        files.put("state.json", write(reconstruction.asOf(householdId, today, clock.instant())));
        return files;
    }

    /** The event exactly as hashed (field names of the canonical form), so that anyone can recompute the chain. */
    static Map<String, Object> storedForm(AuditedEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.eventId());
        m.put("topic", e.topic());
        m.put("source", e.source());
        m.put("type", e.type());
        m.put("subject", e.subject());
        m.put("sequence", e.sequence() == null ? null : e.sequence().toString());
        m.put("aggregatetype", e.aggregateType());
        m.put("householdid", e.householdId());
        m.put("divisioncode", e.divisionCode());
        m.put("actorid", e.actorId());
        m.put("actorrole", e.actorRole());
        m.put("actorlevel", e.actorLevel());
        m.put("actorjurisdiction", e.actorJurisdiction());
        m.put("correlationid", e.correlationId());
        m.put("time", e.recordedAt().toString());
        m.put("effectiveon", e.effectiveOn() == null ? null : e.effectiveOn().toString());
        m.put("receivedat", e.receivedAt() == null ? null : e.receivedAt().toString());
        m.put("body", e.body());
        return m;
    }

    private List<Map<String, String>> householdPath(String householdId) {
        List<Map<String, String>> path = new ArrayList<>();
        String village = log.findHousehold(householdId).map(AuditedHousehold::divisionCode).orElse(null);
        if (village != null && divisions.find(village).isPresent()) {
            Division division = divisions.get(village);
            for (CatalogueLevel level : path(division)) {
                path.add(Map.of("level", level.level(), "code", level.code(), "name", level.name()));
            }
            path.add(Map.of("level", division.level().name(), "code", division.code(), "name", division.name()));
        }
        path.add(Map.of("level", "HOUSEHOLD", "code", householdId));
        return path;
    }

    // ---- division bundle

    /** The dossiers of every household in a division, with its catalogue, as one ZIP (refused beyond the configured size). */
    public byte[] divisionBundle(Division division, Actor requestedBy) {
        Instant now = clock.instant();
        List<AuditedHousehold> households = new ArrayList<>(log.householdsWithin(division.code(), division.level()));
        if (households.size() > maxHouseholdsPerBundle) {
            throw new AuditException(AuditErrorCode.BUNDLE_TOO_LARGE, "divisionCode", division.code() + " holds "
                    + households.size() + " households; a bundle holds at most " + maxHouseholdsPerBundle
                    + ": ask for its townships or villages");
        }
        households.sort(Comparator.comparing(AuditedHousehold::householdId));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("catalogue.json", write(catalogue(division)));
        for (AuditedHousehold household : households) {
            String folder = "households/" + household.divisionCode() + "/" + household.householdId() + "/";
            dossierFiles(household.householdId()).forEach((name, bytes) -> files.put(folder + name, bytes));
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format", FORMAT);
        manifest.put("formatVersion", FORMAT_VERSION);
        manifest.put("kind", "DIVISION_BUNDLE");
        manifest.put("division", level(division));
        manifest.put("catalogue", path(division));
        manifest.put("households", households.stream().map(AuditedHousehold::householdId).toList());
        manifest.put("generatedAt", now.toString());
        manifest.put("generatedBy", Map.of("userId", requestedBy.userId(), "role", requestedBy.role().name()));
        manifest.put("hashAlgorithm", "SHA-256");
        return zip(files, manifest, now);
    }

    // ---- zip

    private byte[] zip(Map<String, byte[]> files, Map<String, Object> manifest, Instant at) {
        List<Map<String, Object>> listed = new ArrayList<>();
        StringBuilder sums = new StringBuilder();
        files.forEach((name, bytes) -> {
            String sha = HashChain.sha256(bytes);
            listed.add(Map.of("name", name, "bytes", bytes.length, "sha256", sha));
            sums.append(sha).append("  ").append(name).append('\n');
        });
        manifest.put("files", listed);
        byte[] manifestBytes = write(manifest);
        sums.append(HashChain.sha256(manifestBytes)).append("  manifest.json\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            put(zip, "manifest.json", manifestBytes, at);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                put(zip, file.getKey(), file.getValue(), at);
            }
            put(zip, "SHA256SUMS", sums.toString().getBytes(StandardCharsets.UTF_8), at);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes, Instant at) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(FileTime.from(at));
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    private byte[] write(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
