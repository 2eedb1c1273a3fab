package io.jiandang.contracts.registration;

/** A member's relation to the head of the household (与户主关系). */
public enum RelationToHead {
    HEAD, SPOUSE, CHILD, PARENT, OTHER
}
