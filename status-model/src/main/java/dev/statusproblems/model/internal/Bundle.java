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
 * Texts in English and Korean, read once from {@code <name>.properties} and {@code <name>_ko.properties}
 * beside this class. Read as plain UTF-8 properties rather than {@code ResourceBundle}s so that the
 * JVM's default locale never takes part in the fallback: an unsupported language, or a key the
 * Korean bundle lacks, falls back to English.
 */
public final class Bundle {

    private final Properties english;
    private final Properties korean;

    private Bundle(Properties english, Properties korean) {
        this.english = english;
        this.korean = korean;
    }

    /** The bundle {@code name}, e.g. {@code statuses}; fails if either file is missing. */
    public static Bundle load(String name) {
        return new Bundle(properties(name + ".properties"), properties(name + "_ko.properties"));
    }

    /** The text of {@code key} in {@code language}'s language, or in English; {@code null} if English has none. */
    public String text(String key, Locale language) {
        String text = Languages.of(language).equals(Locale.KOREAN) ? korean.getProperty(key) : null;
        return text != null ? text : english.getProperty(key);
    }

    private static Properties properties(String file) {
        Properties properties = new Properties();
        try (InputStream in = Bundle.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + file + " beside " + Bundle.class);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
