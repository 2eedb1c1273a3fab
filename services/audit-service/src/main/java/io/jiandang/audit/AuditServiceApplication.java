package io.jiandang.audit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The audit service (审计): an append-only, hash-chained log of every event of every context, and what auditors
 * ask of it — household timelines, as-of reconstruction, chain verification and period seals, replayed
 * figures, archive bundles. Read-only for its users; every query is recorded.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AuditServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(AuditServiceApplication.class, args);
    }
}
