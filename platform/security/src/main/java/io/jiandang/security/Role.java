package io.jiandang.security;

/** The roles a caller can hold; carried in the token's {@code role} claim by these names. */
public enum Role {
    /** 扶贫信息员: submits changes at one of the five levels, inside its division. */
    INFORMATION_OFFICER,
    /** 扶贫开发领导小组: watches the figures of its jurisdiction. */
    SUPERVISOR,
    /** 第三方评估 / 档案员: replays and verifies history. */
    AUDITOR,
    /** 帮扶责任人: paired with households. */
    ASSISTANCE_CADRE,
    /** Publishes versioned policy data (indicator systems, veto rules, notice periods). */
    POLICY_ADMINISTRATOR,
    /**
     * 系统运维: runs the services; the only role allowed on the management endpoints beyond health (e.g. re-sending an
     * aggregate's events after a consumer reports a gap). Reads no household through them.
     */
    OPERATOR
}
