package io.jiandang.clock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class BusinessClockIsAdjustableOnlyWhenAskedTest {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(BusinessClockAutoConfiguration.class));

    @Test
    void aServiceRunsOnTheSystemClockInChinaStandardTimeByDefault() {
        runner.run(context -> {
            assertThat(context.getBean(Clock.class)).isNotInstanceOf(AdjustableClock.class);
            assertThat(context.getBean(Clock.class).getZone()).isEqualTo(BusinessClockAutoConfiguration.CHINA);
            assertThat(context).doesNotHaveBean(DemoClockController.class);
        });
    }

    @Test
    void aLocalDemoGetsAnAdjustableClockAndItsEndpoint() {
        runner.withPropertyValues("jiandang.clock.adjustable=true").run(context -> {
            assertThat(context.getBean(Clock.class)).isInstanceOf(AdjustableClock.class);
            assertThat(context).hasSingleBean(DemoClockController.class);
        });
    }

    @Test
    void aHistoricalSimulationStartsTheAdjustableClockAtTheConfiguredDateInChinaStandardTime() {
        runner.withPropertyValues("jiandang.clock.adjustable=true", "jiandang.clock.start=2013-09-01").run(context -> {
            AdjustableClock clock = context.getBean(AdjustableClock.class);
            assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2013, 9, 1));
            assertThat(clock.instant()).isBetween(java.time.Instant.parse("2013-08-31T16:00:00Z"),
                    java.time.Instant.parse("2013-08-31T16:10:00Z"));

            clock.advance(Duration.ofDays(122));

            assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2014, 1, 1));
        });
    }

    @Test
    void aServiceRefusesToStartWhenGivenAStartWithoutAnAdjustableClock() {
        runner.withPropertyValues("jiandang.clock.start=2013-09-01").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("jiandang.clock.start").hasMessageContaining("jiandang.clock.adjustable=true");
        });
        runner.withPropertyValues("jiandang.clock.adjustable=false", "jiandang.clock.start=2013-09-01")
                .run(context -> assertThat(context).hasFailed());
    }

    @Test
    void aStartThatIsNotADateIsRefusedWithItsValue() {
        runner.withPropertyValues("jiandang.clock.adjustable=true", "jiandang.clock.start=1 Sep 2013").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("1 Sep 2013");
        });
    }
}
