package io.jiandang.relapse;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The relapse service (返贫): the five-step procedure that brings an exited household back under management as a
 * poor household. Learns who is registered and who has exited from {@code registration.events} and
 * {@code exit.events}; publishes {@code relapse.events}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RelapseServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(RelapseServiceApplication.class, args);
    }
}
