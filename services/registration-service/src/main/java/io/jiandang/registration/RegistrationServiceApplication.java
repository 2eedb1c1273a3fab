package io.jiandang.registration;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The registration service (建档立卡): survey and score, identification rounds and cut-off lines, the
 * registration procedure, vetoes, dynamic updates and removal. Publishes {@code registration.events}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RegistrationServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(RegistrationServiceApplication.class, args);
    }
}
