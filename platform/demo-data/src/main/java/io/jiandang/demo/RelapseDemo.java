package io.jiandang.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Demo relapse cases (返贫) over the relapse service's REST API: given exited households, it files applications and
 * takes each case to a different point of the five-step procedure, as the officer of each step's level (demo
 * clients {@code officer-village-<code>}, {@code officer-township-<code>}, {@code officer-county-<code>}).
 *
 * <p>The township's public notice runs on the real clock (7 days by the demo policy), so one load can take cases
 * up to an open notice (with an objection answered), plus rejected and withdrawn cases. Cases whose notice has
 * run its course are taken through notice completion and county approval by {@link #finishElapsedNotices}, e.g.
 * when the demo is loaded again a week later.
 *
 * <p>{@link DemoDataSet} files the cases of the local demo with {@link #file}, around a move of the business clock
 * past the notice period, so that one load shows every step, an approved case among them.
 */
public class RelapseDemo {

    /** Where a demo case is taken to. */
    public enum Target {
        APPLIED, HOME_VERIFIED, DELIBERATED, NOTICE_OPEN, NOTICE_WITH_OBJECTION, REJECTED_AT_VERIFICATION, WITHDRAWN
    }

    /** An exited household, as the exit service names it. */
    public record ExitedHousehold(String householdId, String villageCode) {
    }

    /** A case the demo created and where it left it. */
    public record DemoCase(String caseId, String householdId, String villageCode, Target target) {
    }

    private static final Logger log = LoggerFactory.getLogger(RelapseDemo.class);
    private static final String POLICY_ADMIN = "policy-admin";
    private static final List<List<String>> CAUSES = List.of(List.of("ILLNESS"), List.of("DISASTER"),
            List.of("SCHOOLING"), List.of("DISABILITY", "ILLNESS"), List.of("OTHER"));

    private final RelapseApi api;
    private final Clock clock;

    public RelapseDemo(RelapseApi api, Clock clock) {
        this.api = api;
        this.clock = clock;
    }

    /** Publishes the demo relapse policy (version 1: a 7-day notice, 15/15/20/15-day step deadlines) if absent. */
    public void publishPolicy() {
        Map<String, Integer> deadlines = new LinkedHashMap<>();
        deadlines.put("HOME_VERIFICATION", 15);
        deadlines.put("VILLAGE_DELIBERATION", 15);
        deadlines.put("TOWNSHIP_REVIEW_AND_NOTICE", 20);
        deadlines.put("COUNTY_APPROVAL", 15);
        api.publishPolicy(POLICY_ADMIN, 1, 7, deadlines);
    }

    /** Files a case for each household and takes it to the targets in turn, so every target is shown. */
    public List<DemoCase> load(List<ExitedHousehold> households) {
        publishPolicy();
        Target[] targets = Target.values();
        List<DemoCase> cases = new ArrayList<>();
        for (int i = 0; i < households.size(); i++) {
            cases.add(file(households.get(i), targets[i % targets.length], i));
        }
        log.info("Relapse demo: {} cases filed for {} exited households", cases.size(), households.size());
        return cases;
    }

    /** Files one case for the household (the {@code n}-th of the demo: causes and income vary) and takes it to the target. */
    public DemoCase file(ExitedHousehold household, Target target, int n) {
        String caseId = api.apply(village(household), household.householdId(), CAUSES.get(n % CAUSES.size()),
                1800 + 50 * (n % 20), List.of("doc:relapse-demo-" + (n + 1)));
        takeTo(caseId, household, target);
        return new DemoCase(caseId, household.householdId(), household.villageCode(), target);
    }

    /**
     * Completes the notices that have run their course (every objection answered) and has the county approve:
     * those households are poor again. Cases whose notice still runs are left alone.
     *
     * @return the cases approved
     */
    public List<String> finishElapsedNotices(List<DemoCase> cases) {
        List<String> approved = new ArrayList<>();
        for (DemoCase demoCase : cases) {
            if (demoCase.target() != Target.NOTICE_OPEN && demoCase.target() != Target.NOTICE_WITH_OBJECTION) {
                continue;
            }
            ExitedHousehold household = new ExitedHousehold(demoCase.householdId(), demoCase.villageCode());
            JsonNode view = api.relapseCase(county(household), demoCase.caseId());
            if (!"OPEN".equals(view.path("status").asText())
                    || !"TOWNSHIP_REVIEW_AND_NOTICE".equals(view.path("expectedStep").asText())) {
                continue;
            }
            try {
                api.completeNotice(township(household), demoCase.caseId());
            } catch (ApiProblemException e) {
                if (e.isConflict("NOTICE_NOT_OVER")) {
                    continue;
                }
                throw e;
            }
            api.approve(county(household), demoCase.caseId(), "县扶贫开发领导小组审定同意, 纳入返贫户管理");
            approved.add(demoCase.caseId());
        }
        return approved;
    }

    private void takeTo(String caseId, ExitedHousehold household, Target target) {
        switch (target) {
            case APPLIED -> {
            }
            case WITHDRAWN -> api.withdraw(village(household), caseId, "家庭收入已恢复, 申请人撤回");
            case REJECTED_AT_VERIFICATION -> api.reject(township(household), caseId, "HOME_VERIFICATION",
                    "入户核验: 家庭人均纯收入高于扶贫标准");
            default -> {
                api.verify(township(household), caseId, "入户核验属实: 支出骤增, 收入低于扶贫标准",
                        List.of("核验组 韦某", "核验组 黄某"));
                if (target == Target.HOME_VERIFIED) {
                    return;
                }
                api.deliberate(village(household), caseId, "村民代表会议评议通过", LocalDate.now(clock.withZone(
                        ZoneId.of("Asia/Shanghai"))), 31, 27, 25, 2);
                if (target == Target.DELIBERATED) {
                    return;
                }
                api.reviewAtTownship(township(household), caseId, "乡镇审核通过, 进入公示");
                if (target == Target.NOTICE_WITH_OBJECTION) {
                    String objection = api.object(village(household), caseId, "群众反映家中新建砖房");
                    api.answerObjection(township(household), caseId, objection, false, "经核实为灾后重建补助所建");
                }
            }
        }
    }

    private static String village(ExitedHousehold household) {
        return "officer-village-" + household.villageCode();
    }

    private static String township(ExitedHousehold household) {
        return "officer-township-" + household.villageCode().substring(0, 9) + "000";
    }

    private static String county(ExitedHousehold household) {
        return "officer-county-" + household.villageCode().substring(0, 6);
    }
}
