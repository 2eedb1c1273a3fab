package io.jiandang.registration.household.adapters.in.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The field is a resident ID number valid under GB 11643 (居民身份证号码). A violation names the rule broken
 * ({@code GB11643_FORMAT}, {@code GB11643_AREA_CODE}, {@code GB11643_BIRTH_DATE}, {@code GB11643_CHECK_DIGIT})
 * as its {@code rule}. Null and blank are left to {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = ResidentIdNumberValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ResidentIdNumberFormat {

    String message() default "is not a valid resident ID number (GB 11643)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
