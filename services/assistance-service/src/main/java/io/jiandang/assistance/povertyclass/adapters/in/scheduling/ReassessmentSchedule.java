package io.jiandang.assistance.povertyclass.adapters.in.scheduling;

import io.jiandang.assistance.household.application.RegisteredHouseholds;
import io.jiandang.assistance.povertyclass.application.PovertyClassAssessment;
import io.jiandang.assistance.povertyclass.application.PovertyClassReassessment;
import io.jiandang.assistance.povertyclass.application.Reassessments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import java.util.UUID;

/**
 * Runs the pending reassessments every few seconds ({@code jiandang.assistance.reassessment.poll-delay}, 2 s), on
 * the scheduler's thread, where no unit of work is open: each assessment commits on its own.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class ReassessmentSchedule {

    private static final Logger log = LoggerFactory.getLogger(ReassessmentSchedule.class);

    @Bean
    public PovertyClassReassessment povertyClassReassessment(Reassessments reassessments, RegisteredHouseholds households,
                                                             PovertyClassAssessment assessment,
                                                             @Value("${spring.application.name}") String application) {
        return new PovertyClassReassessment(reassessments, households, assessment, application + "-" + UUID.randomUUID());
    }

    @Bean
    public Runner reassessmentRunner(PovertyClassReassessment reassessment) {
        return new Runner(reassessment);
    }

    /** The scheduled runs. */
    public static class Runner {

        private final PovertyClassReassessment reassessment;

        Runner(PovertyClassReassessment reassessment) {
            this.reassessment = reassessment;
        }

        @Scheduled(fixedDelayString = "${jiandang.assistance.reassessment.poll-delay:2000}", initialDelay = 5000)
        public void run() {
            try {
                reassessment.reassessPending();
            } catch (RuntimeException e) {
                // given back: the next run resumes from the last page done
                log.warn("Reassessment of poverty classes stopped, to resume in the next run: {}", e.toString());
            }
        }
    }
}
