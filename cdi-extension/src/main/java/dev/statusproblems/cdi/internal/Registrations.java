package dev.statusproblems.cdi.internal;

import dev.statusproblems.model.ProblemTypeDefinition;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks a set of {@code @ProblemType} classes must pass to be registered: each class on its own
 * ({@link ProblemTypeDefinition#of(Class)}), and one status per type URI across them.
 */
public final class Registrations {

    private Registrations() {
    }

    /** {@code classes} in a stable order, by name, so that messages do not depend on discovery order. */
    public static List<Class<?>> sorted(Collection<? extends Class<?>> classes) {
        List<Class<?>> sorted = new ArrayList<>(classes);
        sorted.sort(Comparator.comparing(Class::getName));
        return sorted;
    }

    /**
     * Every fault of {@code classes}, one message each naming the class, in class name order; empty
     * when they can be registered. Relative type URIs are compared resolved against {@code typeBase}.
     */
    public static List<String> faults(Collection<? extends Class<?>> classes, URI typeBase) {
        List<String> faults = new ArrayList<>();
        Map<URI, ProblemTypeDefinition> claimed = new HashMap<>();
        for (Class<?> annotated : sorted(classes)) {
            ProblemTypeDefinition definition;
            try {
                definition = ProblemTypeDefinition.of(annotated);
            } catch (IllegalArgumentException invalid) {
                faults.add(invalid.getMessage());
                continue;
            }
            URI type = typeBase != null && !definition.type().isAbsolute()
                    ? typeBase.resolve(definition.type())
                    : definition.type();
            ProblemTypeDefinition first = claimed.putIfAbsent(type, definition);
            if (first != null && !first.status().equals(definition.status())) {
                faults.add("@ProblemType on " + annotated.getName() + ": status " + definition.status().code()
                        + " conflicts with " + first.exceptionClass().getName() + ", which declares the same type '"
                        + type + "' with status " + first.status().code() + "; a problem type has one status");
            }
        }
        return faults;
    }
}
