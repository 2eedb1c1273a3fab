package io.jiandang.relapse.support;

import io.jiandang.contracts.relapse.RelapseStep;
import io.jiandang.divisions.DivisionLevel;
import io.jiandang.relapse.common.api.RelapseErrorCode;
import io.jiandang.relapse.common.api.RelapseException;
import io.jiandang.security.AccessRefusedException;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matchers for the typed refusals the aggregates throw. */
public final class RelapseMatchers {

    private RelapseMatchers() {
    }

    public static Matcher<RelapseException> refusedWith(RelapseErrorCode code) {
        return refused(code, null, null, null);
    }

    public static Matcher<RelapseException> refusedOnField(RelapseErrorCode code, String field, String rule) {
        return refused(code, field, rule, null);
    }

    /** A refusal by the procedure that names the step expected next and the level that may take it. */
    public static Matcher<RelapseException> refusedExpecting(RelapseErrorCode code, RelapseStep step,
                                                             DivisionLevel level) {
        return refused(code, null, null, new Object[]{step, level});
    }

    private static Matcher<RelapseException> refused(RelapseErrorCode code, String field, String rule,
                                                     Object[] expected) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RelapseException e) {
                return e.code() == code && (field == null || field.equals(e.field()))
                        && (rule == null || rule.equals(e.rule()))
                        && (expected == null || (expected[0] == e.expectedStep() && expected[1] == e.expectedLevel()));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("refused with " + code + (field == null ? "" : " on " + field)
                        + (rule == null ? "" : " rule " + rule)
                        + (expected == null ? "" : " expecting " + expected[0] + " by " + expected[1]));
            }

            @Override
            protected void describeMismatchSafely(RelapseException e, Description description) {
                description.appendText("was " + e.code() + " on " + e.field() + " rule " + e.rule() + " expecting "
                        + e.expectedStep() + " by " + e.expectedLevel());
            }
        };
    }

    public static Matcher<AccessRefusedException> accessRefused(AccessRefusedException.Rule rule) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(AccessRefusedException e) {
                return e.rule() == rule;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("access refused by rule " + rule);
            }
        };
    }
}
