package io.jiandang.assistance.common.adapters.in.web;

import io.jiandang.assistance.common.api.AssistanceErrorCode;
import io.jiandang.assistance.common.api.AssistanceException;
import io.jiandang.web.CommandRefusals;
import org.springframework.stereotype.Component;

/** The assistance service's answer to a command whose aggregate does not exist ("No such household"). */
@Component
public class AssistanceCommandRefusals implements CommandRefusals {

    @Override
    public RuntimeException notFound(Enum<?> code) {
        return new AssistanceException((AssistanceErrorCode) code, CommandRefusals.noSuch(code));
    }
}
