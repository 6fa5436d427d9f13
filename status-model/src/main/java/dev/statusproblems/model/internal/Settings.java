package dev.statusproblems.model.internal;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.function.Function;

/**
 * The suite's configuration, every key under the prefix {@value #PREFIX}: read from MicroProfile
 * Config when the application has it, else from a fallback the caller gives (servlet context
 * parameters), else from system properties.
 */
public final class Settings {

    /** The prefix of every key. */
    public static final String PREFIX = "statusproblems.";

    /** Whether the JAX-RS feature registers its providers (default true). */
    public static final String JAXRS_ENABLED = PREFIX + "jaxrs.enabled";
    /** Whether the servlet filter is installed (default true). */
    public static final String SERVLET_ENABLED = PREFIX + "servlet.enabled";
    /** The base URI relative problem type URIs are resolved against (default: none). */
    public static final String TYPE_BASE = PREFIX + "type-base";
    /** The {@code instance} of client errors: {@code path} (default), {@code uuid} or {@code none}. */
    public static final String INSTANCE = PREFIX + "instance";
    /** Whether server errors show the exception's message as detail (default false; for development). */
    public static final String SERVER_ERROR_DETAILS = PREFIX + "server-error-details";
    /** The longest client error detail taken from an application message (default 512). */
    public static final String DETAIL_MAX_LENGTH = PREFIX + "detail-max-length";
    /** The path of the problem catalogue (default {@code /problems}). */
    public static final String CATALOGUE_PATH = PREFIX + "catalogue-path";

    private final Function<String, String> fallback;

    private Settings(Function<String, String> fallback) {
        this.fallback = fallback;
    }

    /** Settings from MicroProfile Config and system properties. */
    public static Settings load() {
        return new Settings(key -> null);
    }

    /** Settings from MicroProfile Config, then {@code fallback}, then system properties. */
    public static Settings load(Function<String, String> fallback) {
        return new Settings(fallback);
    }

    /** The value of {@code key}, if set anywhere. */
    public Optional<String> get(String key) {
        String value = MicroProfileConfig.get(key);
        if (value == null) {
            value = fallback.apply(key);
        }
        if (value == null) {
            value = System.getProperty(key);
        }
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }

    /** The value of {@code key}, or {@code defaultValue}. */
    public String get(String key, String defaultValue) {
        return get(key).orElse(defaultValue);
    }

    /** The boolean value of {@code key} ({@code true} or {@code false}, any case), or {@code defaultValue}. */
    public boolean flag(String key, boolean defaultValue) {
        return get(key).map(v -> v.equalsIgnoreCase("true") || (!v.equalsIgnoreCase("false") && defaultValue))
                .orElse(defaultValue);
    }

    /** The whole number value of {@code key}, or {@code defaultValue} when unset or not a number. */
    public int number(String key, int defaultValue) {
        try {
            return get(key).map(Integer::parseInt).orElse(defaultValue);
        } catch (NumberFormatException e) {
            return defaultValue;
        }
    }

    /** MicroProfile Config, reached by reflection so that the suite does not require it. */
    private static final class MicroProfileConfig {

        static String get(String key) {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            try {
                ClassLoader from = loader != null ? loader : Settings.class.getClassLoader();
                Class<?> provider = Class.forName("org.eclipse.microprofile.config.ConfigProvider", true, from);
                Class<?> configType = Class.forName("org.eclipse.microprofile.config.Config", true, from);
                Object config = provider.getMethod("getConfig").invoke(null);
                // the interface's method: the implementation's class may be neither public nor exported
                Method getOptionalValue = configType.getMethod("getOptionalValue", String.class, Class.class);
                Optional<?> value = (Optional<?>) getOptionalValue.invoke(config, key, String.class);
                return value.map(Object::toString).orElse(null);
            } catch (ReflectiveOperationException | LinkageError | RuntimeException absent) {
                return null; // no MicroProfile Config here, or no configuration for this application
            }
        }
    }
}
