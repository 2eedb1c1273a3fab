package io.jiandang.demo;

/**
 * What the demo does with a household if the cut-off makes it a candidate: pass all nine steps, reject
 * it at a village deliberation with a reason, or veto it with evidence after the second home visit.
 */
public record ProcedurePlan(Outcome outcome, RegistrationStep rejectedAt, String reason, String vetoCode, String evidence) {

    public enum Outcome { PASS_ALL, REJECT, VETO }

    public static ProcedurePlan passAll() {
        return new ProcedurePlan(Outcome.PASS_ALL, null, null, null, null);
    }

    public static ProcedurePlan reject(RegistrationStep step, String reason) {
        return new ProcedurePlan(Outcome.REJECT, step, reason, null, null);
    }

    public static ProcedurePlan veto(String vetoCode, String evidence) {
        return new ProcedurePlan(Outcome.VETO, null, null, vetoCode, evidence);
    }
}
