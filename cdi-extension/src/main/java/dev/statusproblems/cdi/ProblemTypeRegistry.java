package dev.statusproblems.cdi;

import dev.statusproblems.cdi.internal.Registrations;
import dev.statusproblems.cdi.internal.Applications;
import dev.statusproblems.model.ProblemTypeDefinition;
import jakarta.enterprise.inject.spi.CDI;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every problem type the application declares with {@code @ProblemType}, validated at deployment:
 * {@code @Inject ProblemTypeRegistry registry}. Immutable and thread-safe.
 */
public final class ProblemTypeRegistry {

    private final URI typeBase;
    private final List<ProblemTypeDefinition> definitions;
    private final Map<URI, ProblemTypeDefinition> byType;
    private final Map<Class<?>, ProblemTypeDefinition> byClass;

    private ProblemTypeRegistry(URI typeBase, List<ProblemTypeDefinition> definitions) {
        this.typeBase = typeBase;
        this.definitions = List.copyOf(definitions);
        Map<URI, ProblemTypeDefinition> types = new LinkedHashMap<>();
        Map<Class<?>, ProblemTypeDefinition> classes = new LinkedHashMap<>();
        for (ProblemTypeDefinition definition : this.definitions) {
            types.putIfAbsent(resolve(definition.type()), definition);
            classes.put(definition.exceptionClass(), definition);
        }
        this.byType = Map.copyOf(types);
        this.byClass = Map.copyOf(classes);
    }

    /**
     * The registry of {@code exceptionClasses}, whose relative type URIs are resolved against
     * {@code typeBase} ({@code null} for none).
     *
     * @throws IllegalArgumentException naming the class and the fault if a class declares no valid
     *     problem type, or two classes declare one type URI with different statuses
     */
    public static ProblemTypeRegistry of(Collection<? extends Class<?>> exceptionClasses, URI typeBase) {
        Objects.requireNonNull(exceptionClasses, "exceptionClasses");
        List<String> faults = Registrations.faults(exceptionClasses, typeBase);
        if (!faults.isEmpty()) {
            throw new IllegalArgumentException(faults.get(0));
        }
        List<ProblemTypeDefinition> definitions = new ArrayList<>();
        for (Class<?> exceptionClass : Registrations.sorted(exceptionClasses)) {
            definitions.add(ProblemTypeDefinition.of(exceptionClass));
        }
        return new ProblemTypeRegistry(typeBase, definitions);
    }

    /**
     * The registry of the application the calling thread serves, for code where nothing is injected
     * (an OpenAPI filter): the one the CDI extension and the catalogue's initializer keep for the
     * application's class loader (the thread's context class loader, or this class's when the jar is
     * in {@code WEB-INF/lib}), else the CDI container's, else none. Payara builds its OpenAPI document
     * where {@code CDI.current()} finds no container, which is why the class loader comes first.
     */
    public static Optional<ProblemTypeRegistry> ofApplication() {
        Optional<ProblemTypeRegistry> registered = Applications.registry(Thread.currentThread().getContextClassLoader())
                .or(() -> Applications.registry(ProblemTypeRegistry.class.getClassLoader()));
        if (registered.isPresent()) {
            return registered;
        }
        try {
            return Optional.of(CDI.current().select(ProblemTypeRegistry.class).get());
        } catch (RuntimeException noRegistry) {
            // no CDI container for this thread, or one without our extension
            return Optional.empty();
        }
    }

    /** A registry of no problem types, resolving against {@code typeBase} ({@code null} for none). */
    public static ProblemTypeRegistry empty(URI typeBase) {
        return new ProblemTypeRegistry(typeBase, List.of());
    }

    /**
     * This registry's definitions, their relative type URIs resolved against {@code typeBase}
     * ({@code null} for none) instead; where the new base makes two types one, the first definition by
     * class name stands for it.
     */
    public ProblemTypeRegistry withTypeBase(URI typeBase) {
        return Objects.equals(typeBase, this.typeBase) ? this : new ProblemTypeRegistry(typeBase, definitions);
    }

    /**
     * The definitions of this registry and of {@code other}, each class once, resolved against this
     * registry's type base; where the two declare one type URI, the first definition by class name
     * stands for it.
     */
    public ProblemTypeRegistry merge(ProblemTypeRegistry other) {
        Objects.requireNonNull(other, "other");
        Map<Class<?>, ProblemTypeDefinition> union = new LinkedHashMap<>(byClass);
        for (ProblemTypeDefinition definition : other.definitions) {
            union.putIfAbsent(definition.exceptionClass(), definition);
        }
        if (union.size() == byClass.size()) {
            return this;
        }
        List<ProblemTypeDefinition> merged = new ArrayList<>(union.values());
        merged.sort(Comparator.comparing((ProblemTypeDefinition d) -> d.exceptionClass().getName()));
        return new ProblemTypeRegistry(typeBase, merged);
    }

    /** The base relative type URIs are resolved against, or {@code null}. */
    public URI typeBase() {
        return typeBase;
    }

    /** Every registered definition, ordered by exception class name. */
    public List<ProblemTypeDefinition> definitions() {
        return definitions;
    }

    /** The type URI problems of {@code definition} carry: its type, resolved against the type base. */
    public URI resolve(URI type) {
        Objects.requireNonNull(type, "type");
        return typeBase != null && !type.isAbsolute() ? typeBase.resolve(type) : type;
    }

    /**
     * The definition of the problem type {@code type}, as declared or as problems carry it
     * (resolved against the type base); the first by class name when several classes share it.
     */
    public Optional<ProblemTypeDefinition> byType(URI type) {
        return Optional.ofNullable(byType.get(resolve(type)));
    }

    /**
     * The definition registered for {@code exceptionClass} or, failing that, for its nearest
     * registered superclass.
     */
    public Optional<ProblemTypeDefinition> byException(Class<? extends Throwable> exceptionClass) {
        Objects.requireNonNull(exceptionClass, "exceptionClass");
        for (Class<?> c = exceptionClass; c != null; c = c.getSuperclass()) {
            ProblemTypeDefinition definition = byClass.get(c);
            if (definition != null) {
                return Optional.of(definition);
            }
        }
        return Optional.empty();
    }

    /** The distinct problem types, each with the first of its definitions by class name. */
    public List<ProblemTypeDefinition> types() {
        List<ProblemTypeDefinition> types = new ArrayList<>(byType.size());
        for (ProblemTypeDefinition definition : definitions) {
            if (byType.get(resolve(definition.type())) == definition) {
                types.add(definition);
            }
        }
        types.sort(Comparator.comparing((ProblemTypeDefinition d) -> d.status().code())
                .thenComparing(d -> resolve(d.type()).toString()));
        return List.copyOf(types);
    }

    @Override
    public String toString() {
        return "ProblemTypeRegistry{" + definitions.size() + " definitions, typeBase=" + typeBase + "}";
    }
}
