package dev.statusproblems.servlet.internal;

import dev.statusproblems.model.StatusClass;
import dev.statusproblems.model.internal.InstanceStrategy;
import dev.statusproblems.model.internal.Settings;
import dev.statusproblems.model.internal.TypeBase;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the filter does with an error status: whether it becomes a problem and where its
 * {@code detail} comes from, read per code, then per class, then from the defaults.
 */
public final class Policy {

    /** The prefix of the filter's own keys. */
    public static final String PREFIX = Settings.PREFIX + "servlet.";

    /** Where a problem's {@code detail} comes from. */
    public enum Detail {
        /** The message the application gave {@code sendError}, when it gave one (the 4xx default). */
        MESSAGE,
        /** A fixed text: the status's description for 4xx, the generic server-error text for 5xx (the 5xx default). */
        GENERIC,
        /** No detail. */
        NONE
    }

    private final Settings settings;
    private final boolean serverErrorDetails;
    private final int detailMaxLength;
    private final InstanceStrategy instance;
    private final TypeBase typeBase;
    private final Map<Integer, Boolean> problems = new ConcurrentHashMap<>();
    private final Map<Integer, Detail> details = new ConcurrentHashMap<>();

    private Policy(Settings settings) {
        this.settings = settings;
        this.serverErrorDetails = settings.flag(Settings.SERVER_ERROR_DETAILS, false);
        this.detailMaxLength = Math.max(1, settings.number(Settings.DETAIL_MAX_LENGTH, 512));
        this.instance = InstanceStrategy.of(settings);
        this.typeBase = TypeBase.of(settings);
    }

    /** What relative problem types resolve against. */
    public TypeBase typeBase() {
        return typeBase;
    }

    /** The policy the settings describe. */
    public static Policy of(Settings settings) {
        return new Policy(Objects.requireNonNull(settings, "settings"));
    }

    /** Whether {@code status} becomes a problem: 4xx and 5xx unless switched off; never 1xx, 2xx, 3xx. */
    public boolean handles(int status) {
        if (status < 400 || status > 599) {
            return false;
        }
        return problems.computeIfAbsent(status, code -> {
            String value = lookup(code, "problem");
            return value == null || !value.equalsIgnoreCase("false");
        });
    }

    /** Where the detail of a problem with {@code status} comes from. */
    public Detail detail(int status) {
        return details.computeIfAbsent(status, code -> {
            Detail byDefault = StatusClass.of(code) == StatusClass.SERVER_ERROR ? Detail.GENERIC : Detail.MESSAGE;
            return parse(Detail.class, lookup(code, "detail"), byDefault);
        });
    }

    /** Whether a server error may show its message (only when {@link Settings#SERVER_ERROR_DETAILS} is on). */
    public boolean serverErrorDetails() {
        return serverErrorDetails;
    }

    /** The longest detail taken from an application's message. */
    public int detailMaxLength() {
        return detailMaxLength;
    }

    /** The instance of client errors. */
    public InstanceStrategy instance() {
        return instance;
    }

    private String lookup(int code, String name) {
        return settings.get(PREFIX + code + "." + name)
                .or(() -> settings.get(PREFIX + (code / 100) + "xx." + name))
                .orElse(null);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, E byDefault) {
        if (value == null) {
            return byDefault;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return byDefault;
        }
    }
}
