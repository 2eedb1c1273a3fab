package io.jiandang.registration.identification.application;

import java.util.Optional;

/** Port: the identification rounds, kept in the transaction of their events. */
public interface IdentificationRounds {

    Optional<IdentificationRoundView> find(String roundId);
}
