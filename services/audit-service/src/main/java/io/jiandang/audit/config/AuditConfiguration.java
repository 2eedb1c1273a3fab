package io.jiandang.audit.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.jiandang.audit.access.adapters.out.persistence.MongoAuditQueries;
import io.jiandang.audit.access.application.AuditAccess;
import io.jiandang.audit.replay.adapters.out.reporting.HttpPublishedFigures;
import io.jiandang.audit.replay.application.FigureReplay;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import io.jiandang.audit.archive.application.ArchiveBundles;
import io.jiandang.audit.asof.application.AsOfReconstruction;
import io.jiandang.audit.asof.domain.HouseholdStateFold;
import io.jiandang.audit.log.adapters.out.persistence.MongoAuditLog;
import io.jiandang.audit.log.adapters.out.persistence.MongoPeriodSeals;
import io.jiandang.audit.log.application.AuditLogAppender;
import io.jiandang.audit.log.application.ChainVerification;
import io.jiandang.audit.timeline.application.HouseholdTimelines;
import io.jiandang.divisions.DivisionCatalogue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Wires the audit log, its verification, the access door and the timelines. */
@Configuration(proxyBeanMethods = false)
public class AuditConfiguration {

    @Bean
    public MongoDatabase auditDatabase(MongoClient mongoClient, @Value("${spring.data.mongodb.database}") String database) {
        return mongoClient.getDatabase(database);
    }

    @Bean
    public MongoAuditLog mongoAuditLog(MongoDatabase auditDatabase) {
        return new MongoAuditLog(auditDatabase);
    }

    @Bean
    public AuditLogAppender auditLogAppender(MongoAuditLog mongoAuditLog, Clock clock, ObjectMapper objectMapper) {
        return new AuditLogAppender(mongoAuditLog, clock, objectMapper);
    }

    @Bean
    public ChainVerification chainVerification(MongoAuditLog mongoAuditLog, MongoDatabase auditDatabase, Clock clock) {
        return new ChainVerification(mongoAuditLog, new MongoPeriodSeals(auditDatabase), clock);
    }

    @Bean
    public DivisionCatalogue divisionCatalogue() {
        return DivisionCatalogue.guangxi();
    }

    @Bean
    public AuditAccess auditAccess(MongoAuditLog mongoAuditLog, MongoDatabase auditDatabase, DivisionCatalogue divisions, Clock clock) {
        return new AuditAccess(mongoAuditLog, new MongoAuditQueries(auditDatabase), divisions, clock);
    }

    @Bean
    public AsOfReconstruction asOfReconstruction(MongoAuditLog mongoAuditLog, ObjectMapper objectMapper) {
        return new AsOfReconstruction(mongoAuditLog, HouseholdStateFold.standard(), objectMapper);
    }

    @Bean
    public ArchiveBundles archiveBundles(MongoAuditLog mongoAuditLog, HouseholdTimelines householdTimelines,
                                         AsOfReconstruction asOfReconstruction, ChainVerification chainVerification,
                                         DivisionCatalogue divisionCatalogue, ObjectMapper objectMapper, Clock clock,
                                         @Value("${jiandang.audit.archive.max-households-per-bundle:2000}") int maxHouseholds) {
        return new ArchiveBundles(mongoAuditLog, householdTimelines, asOfReconstruction, chainVerification,
                divisionCatalogue, objectMapper, clock, maxHouseholds);
    }

    @Bean
    public FigureReplay figureReplay(MongoAuditLog mongoAuditLog, AsOfReconstruction asOfReconstruction, ObjectMapper objectMapper,
                                     @Value("${jiandang.audit.reporting.figure-url}") String figureUrl,
                                     @Value("${jiandang.audit.reporting.value-pointer:/division/{field}}") String valuePointer) {
        return new FigureReplay(mongoAuditLog, asOfReconstruction,
                new HttpPublishedFigures(figureUrl, valuePointer, objectMapper, AuditConfiguration::callersToken));
    }

    /** The caller's bearer token, passed on to the reporting service so that it applies its own rules. */
    static String callersToken() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getCredentials() instanceof Jwt jwt ? jwt.getTokenValue() : null;
    }

    @Bean
    public HouseholdTimelines householdTimelines(MongoAuditLog mongoAuditLog, ObjectMapper objectMapper) {
        return new HouseholdTimelines(mongoAuditLog, objectMapper);
    }
}
