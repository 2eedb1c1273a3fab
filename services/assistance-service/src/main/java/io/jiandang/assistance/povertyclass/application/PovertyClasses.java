package io.jiandang.assistance.povertyclass.application;

import io.jiandang.contracts.assistance.PovertyClass;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** Port: the current poverty class of each household. */
public interface PovertyClasses {

    /** A household's class, the score it came from, the policy version and the class's standard. */
    record ClassView(PovertyClass povertyClass, BigDecimal score, int policyVersion, BigDecimal standardPerHousehold,
                     LocalDate since) {
    }

    Optional<ClassView> find(String householdId);
}
