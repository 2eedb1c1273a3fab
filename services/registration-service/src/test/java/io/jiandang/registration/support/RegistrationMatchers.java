package io.jiandang.registration.support;

import io.jiandang.registration.common.api.RegistrationErrorCode;
import io.jiandang.registration.common.api.RegistrationException;
import io.jiandang.security.AccessRefusedException;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matchers for the typed refusals the aggregates throw. */
public final class RegistrationMatchers {

    private RegistrationMatchers() {
    }

    public static Matcher<RegistrationException> refusedWith(RegistrationErrorCode code) {
        return refusedWith(code, null, null);
    }

    public static Matcher<RegistrationException> refusedWith(RegistrationErrorCode code, String field, String rule) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RegistrationException e) {
                return e.code() == code && (field == null || field.equals(e.field()))
                        && (rule == null || rule.equals(e.rule()));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("refused with " + code + (field == null ? "" : " on " + field)
                        + (rule == null ? "" : " rule " + rule));
            }

            @Override
            protected void describeMismatchSafely(RegistrationException e, Description description) {
                description.appendText("was " + e.code() + " on " + e.field() + " rule " + e.rule());
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

            @Override
            protected void describeMismatchSafely(AccessRefusedException e, Description description) {
                description.appendText("was refused by rule " + e.rule());
            }
        };
    }
}
