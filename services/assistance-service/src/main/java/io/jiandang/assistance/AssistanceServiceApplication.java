package io.jiandang.assistance;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The assistance service (一帮一联, 一户一册一卡): cadres and their pairings with registered households, the
 * poverty class of each household, the yearly handbook and the monthly income register signed by the cadre
 * and the household. Publishes {@code assistance.events}; reads {@code registration.events}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AssistanceServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(AssistanceServiceApplication.class, args);
    }
}
