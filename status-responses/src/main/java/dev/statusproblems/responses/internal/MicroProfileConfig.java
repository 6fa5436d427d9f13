package dev.statusproblems.responses.internal;

import dev.statusproblems.responses.Setting;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The suite's keys in the application's MicroProfile Config; none where the server has none. Its API
 * jar names no module, and a published module must not require one by its file's name, so the API is
 * reached by reflection: once per application, when its settings are read, never per request.
 */
final class MicroProfileConfig {

    private MicroProfileConfig() {
    }

    /** The keys under the prefix with their values; empty when there is no MicroProfile Config. */
    static Map<String, String> values() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try {
            ClassLoader from = loader != null ? loader : MicroProfileConfig.class.getClassLoader();
            Class<?> provider = Class.forName("org.eclipse.microprofile.config.ConfigProvider", true, from);
            Class<?> configType = Class.forName("org.eclipse.microprofile.config.Config", true, from);
            Object config = provider.getMethod("getConfig").invoke(null);
            // the interface's methods: the implementation's class may be neither public nor exported
            Method names = configType.getMethod("getPropertyNames");
            Method value = configType.getMethod("getOptionalValue", String.class, Class.class);
            Map<String, String> values = new HashMap<>();
            for (Object name : (Iterable<?>) names.invoke(config)) {
                if (name instanceof String && ((String) name).startsWith(Setting.PREFIX)) {
                    read(config, value, (String) name, values);
                }
            }
            // environment variables are listed under their own names (STATUSPROBLEMS_INSTANCE): ask by key too
            for (Setting setting : Setting.values()) {
                if (!setting.perStatus() && !values.containsKey(setting.key())) {
                    read(config, value, setting.key(), values);
                }
            }
            return values;
        } catch (ReflectiveOperationException | LinkageError | RuntimeException absent) {
            return Map.of(); // no MicroProfile Config here, or none for this application
        }
    }

    private static void read(Object config, Method value, String key, Map<String, String> values)
            throws ReflectiveOperationException {
        Optional<?> found = (Optional<?>) value.invoke(config, key, String.class);
        found.ifPresent(v -> values.put(key, v.toString()));
    }
}
