package io.jiandang.contracts.exit;

/** The three who sign a household's exit (双认定). */
public enum ExitSignatory {
    /** 户主: signs on paper; the officer who saw it records it with the scan's reference. */
    HOUSEHOLD_HEAD,
    /** 验收工作队员: a member of the verification team, with their own token. */
    VERIFICATION_TEAM_MEMBER,
    /** 帮扶联系人: a cadre paired with the household, with their own token. */
    PAIRING_CADRE
}
