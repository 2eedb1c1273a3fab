package io.jiandang.web;

import java.util.Locale;

/**
 * How a service answers the two refusals the {@link CommandDispatcher} itself finds: the command's aggregate
 * does not exist, or a creating command's aggregate exists already. Each service declares one bean that turns
 * its own typed error code into its own business exception, so the problem advice answers it like any refusal.
 */
public interface CommandRefusals {

    /**
     * The service's refusal for a command whose aggregate does not exist.
     *
     * @param code the service's error code the caller named (one of its own enum's constants)
     */
    RuntimeException notFound(Enum<?> code);

    /**
     * The service's refusal for a creating command whose aggregate exists already. Only services that send
     * such commands with a {@code duplicate} code need it.
     */
    default RuntimeException duplicate(Enum<?> code) {
        throw new UnsupportedOperationException("This service names no duplicate refusal, yet " + code + " was given");
    }

    /** "No such household" for {@code HOUSEHOLD_NOT_FOUND}: the detail most services give an unknown aggregate. */
    static String noSuch(Enum<?> code) {
        return "No such " + code.name().replace("_NOT_FOUND", "").toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
