package io.jiandang.exit.common.adapters.in.web;

import io.jiandang.exit.common.api.ExitErrorCode;
import io.jiandang.exit.common.api.ExitException;
import io.jiandang.web.CommandRefusals;
import org.springframework.stereotype.Component;

/** The exit service's answers to a command whose aggregate does not exist, or exists already. */
@Component
public class ExitCommandRefusals implements CommandRefusals {

    @Override
    public RuntimeException notFound(Enum<?> code) {
        return new ExitException((ExitErrorCode) code, "Not found");
    }

    @Override
    public RuntimeException duplicate(Enum<?> code) {
        return new ExitException((ExitErrorCode) code, "It exists already");
    }
}
