package io.jiandang.infrastructure;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Command-line options of the launchers: {@code --name value}, {@code --name=value} and bare flags.
 */
public final class LauncherArguments {

    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();

    private LauncherArguments() {
    }

    /**
     * Parses the arguments; {@code flagNames} lists the options that take no value.
     */
    public static LauncherArguments parse(String[] args, String... flagNames) {
        Set<String> knownFlags = new HashSet<>(Arrays.asList(flagNames));
        LauncherArguments parsed = new LauncherArguments();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument: " + arg);
            }
            String name = arg.substring(2);
            int equals = name.indexOf('=');
            if (equals >= 0) {
                parsed.values.put(name.substring(0, equals), name.substring(equals + 1));
            } else if (knownFlags.contains(name)) {
                parsed.flags.add(name);
            } else if (i + 1 < args.length) {
                parsed.values.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("Option --" + name + " needs a value");
            }
        }
        return parsed;
    }

    public String string(String name, String defaultValue) {
        return values.getOrDefault(name, defaultValue);
    }

    public int integer(String name, int defaultValue) {
        String value = values.get(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Option --" + name + " must be a number: " + value, e);
        }
    }

    public Path path(String name, Path defaultValue) {
        String value = values.get(name);
        return value == null ? defaultValue : Path.of(value);
    }

    /** A comma-separated list; empty when the option is absent. */
    public List<String> list(String name) {
        String value = values.get(name);
        List<String> items = new ArrayList<>();
        if (value != null) {
            for (String item : value.split(",")) {
                if (!item.isBlank()) {
                    items.add(item.trim());
                }
            }
        }
        return items;
    }

    public boolean flag(String name) {
        return flags.contains(name) || Boolean.parseBoolean(values.getOrDefault(name, "false"));
    }
}
