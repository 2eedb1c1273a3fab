package io.jiandang.registration.household.adapters.in.web;

import io.jiandang.registration.household.domain.IdNumberRule;
import io.jiandang.registration.household.domain.ResidentIdNumber;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** Checks {@link ResidentIdNumberFormat} with the domain's rules; the message never quotes the number. */
public class ResidentIdNumberValidator implements ConstraintValidator<ResidentIdNumberFormat, String> {

    private Clock clock = Clock.systemDefaultZone();

    /** The service clock, so that "not in the future" agrees with the domain's check. */
    @Autowired(required = false)
    public void setClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || value.isBlank()) {
            return true;
        }
        Optional<IdNumberRule> broken = ResidentIdNumber.check(value, LocalDate.now(clock));
        if (broken.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.unwrap(HibernateConstraintValidatorContext.class)
                .withDynamicPayload(broken.get().name())
                .buildConstraintViolationWithTemplate(messageFor(broken.get()))
                .addConstraintViolation();
        return false;
    }

    private static String messageFor(IdNumberRule rule) {
        return switch (rule) {
            case GB11643_FORMAT -> "must be 17 digits followed by a digit or X";
            case GB11643_AREA_CODE -> "does not start with a province code";
            case GB11643_BIRTH_DATE -> "does not contain a real birth date that has passed";
            case GB11643_CHECK_DIGIT -> "has a wrong check character (ISO 7064 MOD 11-2)";
        };
    }
}
