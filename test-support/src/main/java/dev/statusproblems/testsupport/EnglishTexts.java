package dev.statusproblems.testsupport;

import dev.statusproblems.model.HttpStatus;
import dev.statusproblems.model.SuiteText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The English texts of the suite's own (every {@link SuiteText}, the titles and descriptions of the
 * registered statuses), to prove that a response in another language holds none of them.
 */
public final class EnglishTexts {

    /** Stands for an argument: never in a text. */
    private static final String ARGUMENT = "\u0000";
    private static final int MAX_ARGUMENTS = 9;
    private static final Pattern JSON_UNICODE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");

    private static final List<English> TEXTS = texts();

    private EnglishTexts() {
    }

    /**
     * The English texts that {@code body} holds, JSON and HTML escapes undone, each as whole words (so
     * that "Gone" is not found in "Gonelli", nor "Type" in "Content-Type"); empty when it holds none.
     */
    public static List<String> foundIn(String body) {
        String text = unescape(body);
        List<String> found = new ArrayList<>();
        for (English english : TEXTS) {
            if (english.pattern.matcher(text).find()) {
                found.add(english.text);
            }
        }
        return found;
    }

    private record English(String text, Pattern pattern) {
    }

    private static List<English> texts() {
        Set<String> texts = new LinkedHashSet<>();
        for (SuiteText suiteText : SuiteText.values()) {
            String[] parts = english(suiteText).split(ARGUMENT);
            for (String part : parts) {
                String fragment = part.strip();
                // "Type" on its own is a text of ours; "The" of "The {0} header field is not valid" is not
                if (parts.length == 1 || fragment.contains(" ")) {
                    texts.add(fragment);
                }
            }
        }
        for (HttpStatus status : HttpStatus.registered()) {
            texts.add(status.title(Locale.ENGLISH));
            texts.add(status.description(Locale.ENGLISH));
        }
        List<English> english = new ArrayList<>();
        for (String text : texts) {
            if (text.chars().anyMatch(Character::isLetter)) {
                english.add(new English(text,
                        Pattern.compile("(?<![\\p{L}\\p{N}-])" + Pattern.quote(text) + "(?![\\p{L}\\p{N}-])")));
            }
        }
        return english;
    }

    /** {@code text} in English with {@link #ARGUMENT} for each argument, however many it takes. */
    private static String english(SuiteText text) {
        for (int count = 0; count <= MAX_ARGUMENTS; count++) {
            Object[] arguments = new Object[count];
            Arrays.fill(arguments, ARGUMENT);
            try {
                return text.in(Locale.ENGLISH, arguments);
            } catch (IllegalArgumentException otherCount) {
                // it takes another number of arguments
            }
        }
        throw new IllegalStateException(text + " takes more than " + MAX_ARGUMENTS + " arguments");
    }

    private static String unescape(String body) {
        Matcher unicode = JSON_UNICODE.matcher(body);
        StringBuilder text = new StringBuilder(body.length());
        while (unicode.find()) {
            unicode.appendReplacement(text,
                    Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(unicode.group(1), 16))));
        }
        unicode.appendTail(text);
        return text.toString().replace("\\\"", "\"").replace("\\/", "/").replace("\\\\", "\\")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
