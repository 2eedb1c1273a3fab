package io.jiandang.clock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import java.time.Clock;

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
}
