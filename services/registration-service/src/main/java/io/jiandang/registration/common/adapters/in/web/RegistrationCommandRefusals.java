package io.jiandang.registration.common.adapters.in.web;

import io.jiandang.registration.common.api.RegistrationErrorCode;
import io.jiandang.registration.common.api.RegistrationException;
import io.jiandang.web.CommandRefusals;
import org.springframework.stereotype.Component;

/** The registration service's answer to a command whose aggregate does not exist ("No such household"). */
@Component
public class RegistrationCommandRefusals implements CommandRefusals {

    @Override
    public RuntimeException notFound(Enum<?> code) {
        return new RegistrationException((RegistrationErrorCode) code, CommandRefusals.noSuch(code));
    }
}
