package io.jiandang.contracts.registration;

/** What a veto rule (一票否决) blocks: registration only, or registration and keeping a registered household. */
public enum VetoScope {
    /** Blocks registration; a registered household it applies to is removed (剔除). */
    REGISTRATION_AND_KEEPING,
    /** Blocks registration only; once registered, the household stays. */
    REGISTRATION_ONLY
}
