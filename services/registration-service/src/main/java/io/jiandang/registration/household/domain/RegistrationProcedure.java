package io.jiandang.registration.household.domain;

import io.jiandang.contracts.registration.RegistrationStep;
import io.jiandang.divisions.DivisionLevel;

/**
 * The procedure 两入户、两评议、两审核、两公示、一公告: who performs each of its nine steps. The order is the order of
 * {@link RegistrationStep}.
 */
public final class RegistrationProcedure {

    private RegistrationProcedure() {
    }

    /** The division level whose officers perform the step. */
    public static DivisionLevel levelFor(RegistrationStep step) {
        return switch (step) {
            case FIRST_HOME_VISIT, VILLAGE_GROUP_DELIBERATION, VILLAGE_REPRESENTATIVES_DELIBERATION,
                 VILLAGE_PUBLIC_NOTICE -> DivisionLevel.VILLAGE;
            case SECOND_HOME_VISIT, TOWNSHIP_REVIEW, TOWNSHIP_PUBLIC_NOTICE -> DivisionLevel.TOWNSHIP;
            case COUNTY_REVIEW, COUNTY_ANNOUNCEMENT -> DivisionLevel.COUNTY;
        };
    }

    /** The step after the given number of passed steps, or {@code null} after the last. */
    public static RegistrationStep stepAfter(int passedSteps) {
        RegistrationStep[] steps = RegistrationStep.values();
        return passedSteps < steps.length ? steps[passedSteps] : null;
    }
}
