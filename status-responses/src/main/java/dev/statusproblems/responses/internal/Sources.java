package dev.statusproblems.responses.internal;

import dev.statusproblems.responses.Setting;
import java.util.HashMap;
import java.util.Map;

/**
 * The values of the suite's keys in every source, the first that has a key winning: JVM system
 * properties, MicroProfile Config, the application's own parameters (see {@link Setting}).
 */
public final class Sources {

    private Sources() {
    }

    /** The suite's keys and their values, from every source, given the application's own parameters. */
    public static Map<String, String> read(Map<String, String> applicationParameters) {
        Map<String, String> values = new HashMap<>();
        applicationParameters.forEach((key, value) -> put(values, key, value));
        MicroProfileConfig.values().forEach((key, value) -> put(values, key, value));
        System.getProperties().forEach((key, value) -> put(values, String.valueOf(key), String.valueOf(value)));
        return values;
    }

    private static void put(Map<String, String> values, String key, String value) {
        if (key != null && key.startsWith(Setting.PREFIX) && value != null && !value.isBlank()) {
            values.put(key, value);
        }
    }
}
