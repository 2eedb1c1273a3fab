package io.jiandang.relapse.relapsecase.domain;

import io.jiandang.contracts.relapse.RelapseStep;
import io.jiandang.divisions.DivisionLevel;

/**
 * The five-step procedure (返贫五步法): who performs each step. The order is the order of {@link RelapseStep}.
 */
public final class RelapseProcedure {

    private RelapseProcedure() {
    }

    /** The division level whose information officers perform the step. */
    public static DivisionLevel levelFor(RelapseStep step) {
        return switch (step) {
            case APPLICATION, VILLAGE_DELIBERATION -> DivisionLevel.VILLAGE;
            // the verification team's findings are recorded by the township that sends the team
            case HOME_VERIFICATION, TOWNSHIP_REVIEW_AND_NOTICE -> DivisionLevel.TOWNSHIP;
            case COUNTY_APPROVAL -> DivisionLevel.COUNTY;
        };
    }
}
