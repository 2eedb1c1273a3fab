package io.jiandang.contracts.relapse;

/** Why an exited household fell back into poverty (返贫原因). */
public enum RelapseCause {
    /** 因灾返贫: natural disaster. */
    DISASTER,
    /** 因病返贫: illness. */
    ILLNESS,
    /** 因残返贫: disability. */
    DISABILITY,
    /** 因学返贫: schooling costs. */
    SCHOOLING,
    /** 其他: any other cause, described in the evidence. */
    OTHER
}
