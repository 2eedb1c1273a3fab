package io.jiandang.relapse.relapsecase.application;

import io.jiandang.contracts.relapse.RelapseCause;

import java.time.Instant;
import java.util.List;

/**
 * The public notice of a relapse case (乡镇审核公示) as it is posted: the household's reference, its village and the
 * causes, the notice period and where objections go. It carries no ID number, phone, bank account, income detail,
 * evidence or health detail: the record type has no field that could hold them.
 *
 * @param place the village's name with its township and county, from the division catalogue
 */
public record RelapseNotice(String caseId, String householdId, String villageCode, String place,
                            List<RelapseCause> causes, Instant opensAt, Instant closesAt, String objectionsTo) {

    public static RelapseNotice of(RelapseCaseView view, String place) {
        return new RelapseNotice(view.caseId(), view.householdId(), view.villageCode(), place, view.causes(),
                view.noticeOpensAt(), view.noticeClosesAt(), "the township information officer of " + place);
    }
}
