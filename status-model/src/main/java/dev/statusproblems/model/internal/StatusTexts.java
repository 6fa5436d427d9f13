package dev.statusproblems.model.internal;

import java.util.Locale;

/** The titles and descriptions of the registered status codes, from the {@code statuses} {@link Bundle}. */
public final class StatusTexts {

    private static final Bundle STATUSES = Bundle.load("statuses");

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

    private static String text(String key, Locale locale) {
        String text = STATUSES.text(key, locale);
        return text != null ? text : "";
    }
}
