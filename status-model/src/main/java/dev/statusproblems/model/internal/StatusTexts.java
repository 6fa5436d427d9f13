package dev.statusproblems.model.internal;

import dev.statusproblems.model.Languages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * The titles and descriptions of the registered status codes, read once from the bundles beside
 * this class. Read as plain properties rather than {@code ResourceBundle}s so that the JVM's default
 * locale never takes part in the fallback: an unsupported language falls back to English.
 */
public final class StatusTexts {

    private static final Properties ENGLISH = load("statuses.properties");
    private static final Properties KOREAN = load("statuses_ko.properties");

    private StatusTexts() {
    }

    /** The title of the registered {@code code} in {@code locale}'s language. */
    public static String title(int code, Locale locale) {
        return text(code + ".title", locale);
    }

    /** The description of the registered {@code code} in {@code locale}'s language. */
    public static String description(int code, Locale locale) {
        return text(code + ".description", locale);
    }

    /** The detail every server error carries in {@code locale}'s language; it never shows the error itself. */
    public static String serverErrorDetail(Locale locale) {
        return text("server-error.detail", locale);
    }

    private static String text(String key, Locale locale) {
        Properties texts = Languages.of(locale).equals(Locale.KOREAN) ? KOREAN : ENGLISH;
        String text = texts.getProperty(key);
        return text != null ? text : ENGLISH.getProperty(key, "");
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = StatusTexts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name + " beside " + StatusTexts.class);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
