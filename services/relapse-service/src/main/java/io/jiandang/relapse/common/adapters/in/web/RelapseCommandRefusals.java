package io.jiandang.relapse.common.adapters.in.web;

import io.jiandang.relapse.common.api.RelapseErrorCode;
import io.jiandang.relapse.common.api.RelapseException;
import io.jiandang.web.CommandRefusals;
import org.springframework.stereotype.Component;

/** The relapse service's answer to a command whose aggregate does not exist ("No such case"). */
@Component
public class RelapseCommandRefusals implements CommandRefusals {

    @Override
    public RuntimeException notFound(Enum<?> code) {
        return new RelapseException((RelapseErrorCode) code, CommandRefusals.noSuch(code));
    }
}
