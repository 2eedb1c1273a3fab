package io.jiandang.envelope;

import java.util.Locale;

/**
 * The naming rule of CloudEvents types: {@code io.jiandang.<context>.<EventName>}, where the event name is
 * the record's simple name without its {@code Event} suffix. The Java class name is an implementation detail
 * of the producer; consumers in other languages see only the type.
 */
public final class EventTypes {

    private static final String PREFIX = "io.jiandang.";

    private EventTypes() {
    }

    public static String typeOf(String context, Class<?> payloadType) {
        String name = payloadType.getSimpleName();
        if (name.endsWith("Event") && name.length() > "Event".length()) {
            name = name.substring(0, name.length() - "Event".length());
        }
        return PREFIX + context.toLowerCase(Locale.ROOT) + "." + name;
    }

    /** The event name of a type, e.g. {@code HouseholdRegistered}. */
    public static String nameOf(String type) {
        int dot = type.lastIndexOf('.');
        return dot < 0 ? type : type.substring(dot + 1);
    }

    /** The context of a type, e.g. {@code registration}. */
    public static String contextOf(String type) {
        if (!type.startsWith(PREFIX)) {
            throw new IllegalArgumentException("Not a Jiandang event type: " + type);
        }
        String rest = type.substring(PREFIX.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
