package io.jiandang.exit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The exit service (精准退出, 五严): the yearly plan allocated to counties, household exit against 八有一超 with
 * double confirmation, notice and cancellation, the tracking and observation after exit, village and county
 * exits. Publishes {@code exit.events}; reads registration, assistance and relapse events into local views.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ExitServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ExitServiceApplication.class, args);
    }
}
