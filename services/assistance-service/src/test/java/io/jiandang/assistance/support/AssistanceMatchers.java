package io.jiandang.assistance.support;

import io.jiandang.assistance.common.api.AssistanceErrorCode;
import io.jiandang.assistance.common.api.AssistanceException;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches a refusal by its typed code (and the field it names). */
public final class AssistanceMatchers {

    private AssistanceMatchers() {
    }

    public static Matcher<AssistanceException> refusedWith(AssistanceErrorCode code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(AssistanceException e) {
                return e.code() == code;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a refusal with code ").appendValue(code);
            }
        };
    }

    /** A refusal by its typed code naming the field at fault. */
    public static Matcher<AssistanceException> refusedWith(AssistanceErrorCode code, String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(AssistanceException e) {
                return e.code() == code && field.equals(e.field());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a refusal with code ").appendValue(code).appendText(" naming field ")
                        .appendValue(field);
            }

            @Override
            protected void describeMismatchSafely(AssistanceException e, Description mismatch) {
                mismatch.appendText("was ").appendValue(e.code()).appendText(" naming ").appendValue(e.field());
            }
        };
    }
}
