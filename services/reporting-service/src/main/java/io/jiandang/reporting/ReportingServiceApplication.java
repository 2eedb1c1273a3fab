package io.jiandang.reporting;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Reporting (统计监测): the consolidated register, statistics, update cycles and live dashboards, projected from
 * every context's topic. It owns no aggregate: every figure is a function of the topics' events.
 */
@SpringBootApplication
public class ReportingServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReportingServiceApplication.class, args);
    }
}
