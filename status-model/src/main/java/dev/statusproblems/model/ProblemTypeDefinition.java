package dev.statusproblems.model;

import dev.statusproblems.model.internal.Members;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A validated {@link ProblemType}: what an annotated exception class declares, checked once.
 */
public final class ProblemTypeDefinition {

    private static final ClassValue<Object> CACHE = new ClassValue<>() {
        @Override
        protected Object computeValue(Class<?> type) {
            try {
                return new ProblemTypeDefinition(type);
            } catch (IllegalArgumentException e) {
                return e;
            }
        }
    };

    private final Class<? extends Throwable> exceptionClass;
    private final URI type;
    private final HttpStatus status;
    private final String title;
    private final boolean titled;
    private final String description;
    private final Map<String, AccessibleObject> members;
    // built when a client first asks: a server never builds these exceptions, so it never requires a constructor
    private volatile Object factory;

    private ProblemTypeDefinition(Class<?> annotated) {
        String name = annotated.getName();
        ProblemType annotation = annotated.getAnnotation(ProblemType.class);
        if (annotation == null) {
            throw new IllegalArgumentException(name + " is not annotated with @ProblemType");
        }
        if (!Throwable.class.isAssignableFrom(annotated)) {
            throw new IllegalArgumentException("@ProblemType on " + name
                    + ": only exception classes (subclasses of Throwable) can be problem types");
        }
        if (annotation.status() < 400 || annotation.status() > 599) {
            throw new IllegalArgumentException("@ProblemType on " + name + ": status " + annotation.status()
                    + " is not an error status; use 400–599");
        }
        try {
            this.type = new URI(annotation.type());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("@ProblemType on " + name + ": type '" + annotation.type()
                    + "' is not a URI reference: " + e.getReason());
        }
        if (annotation.type().isBlank()) {
            throw new IllegalArgumentException("@ProblemType on " + name + ": type must not be empty");
        }
        @SuppressWarnings("unchecked")
        Class<? extends Throwable> exceptionType = (Class<? extends Throwable>) annotated;
        this.exceptionClass = exceptionType;
        this.status = HttpStatus.of(annotation.status());
        this.title = annotation.title().isEmpty() ? status.reasonPhrase() : annotation.title();
        this.titled = !annotation.title().isEmpty();
        this.description = annotation.description();
        this.members = Collections.unmodifiableMap(members(annotated));
    }

    /**
     * The definition declared by {@code exceptionClass}'s {@link ProblemType}, validated; the same
     * instance for the same class.
     *
     * @throws IllegalArgumentException naming the class and the fault when the declaration is invalid
     *     or absent
     */
    public static ProblemTypeDefinition of(Class<?> exceptionClass) {
        Object definition = CACHE.get(Objects.requireNonNull(exceptionClass, "exceptionClass"));
        if (definition instanceof IllegalArgumentException) {
            throw new IllegalArgumentException(((IllegalArgumentException) definition).getMessage());
        }
        return (ProblemTypeDefinition) definition;
    }

    /** Whether {@code exceptionClass} is annotated with {@link ProblemType}, directly or inherited. */
    public static boolean isDeclaredBy(Class<?> exceptionClass) {
        return exceptionClass.isAnnotationPresent(ProblemType.class);
    }

    /** The annotated class. */
    public Class<? extends Throwable> exceptionClass() {
        return exceptionClass;
    }

    /** The type URI reference as declared. */
    public URI type() {
        return type;
    }

    /** The status. */
    public HttpStatus status() {
        return status;
    }

    /** The title, or the status's reason phrase when none was declared. */
    public String title() {
        return title;
    }

    /**
     * The title as sent to a client that asks for {@code language}: the declared one, which is the
     * application's own and never translated, or else the status's title in {@code language}.
     */
    public String title(Locale language) {
        return titled ? title : status.title(language);
    }

    /** The description for the documentation, empty when none was declared. */
    public String description() {
        return description;
    }

    /** The names of the extension members, in declaration order. */
    public List<String> memberNames() {
        return List.copyOf(members.keySet());
    }

    /**
     * A builder of the problem {@code exception} stands for: type (resolved against
     * {@code typeBase} when relative and a base is given), status, title, its message as detail, and
     * its members.
     *
     * @throws IllegalArgumentException if {@code exception} is not an instance of this type, or a
     *     member's value cannot be held by a problem
     */
    public ProblemDetail.Builder toBuilder(Throwable exception, URI typeBase) {
        if (!exceptionClass.isInstance(exception)) {
            throw new IllegalArgumentException("exception is not a " + exceptionClass.getName());
        }
        ProblemDetail.Builder builder = toBuilder(typeBase).detail(exception.getMessage());
        members.forEach((memberName, accessor) -> builder.with(memberName, read(accessor, exception)));
        return builder;
    }

    /** A builder with this type (resolved against {@code typeBase} when relative), status and title. */
    public ProblemDetail.Builder toBuilder(URI typeBase) {
        URI resolved = typeBase != null && !type.isAbsolute() ? typeBase.resolve(type) : type;
        return ProblemDetail.builder(status).type(resolved).title(title);
    }

    /**
     * Whether a problem a client received is of this type. An absolute declared type matches the
     * same type; a relative one, which each server resolves against its own type base or catalogue,
     * matches a type whose path ends with it, with the declared status, so that a client meets the
     * type whatever context root the server runs under.
     */
    public boolean isTypeOf(ProblemDetail received) {
        URI sent = received.type();
        if (type.isAbsolute()) {
            return type.equals(sent);
        }
        String declared = type.getRawPath();
        String path = sent.getRawPath();
        return received.status() == status.code() && declared != null && path != null
                && (path.equals(declared) || path.endsWith(declared.startsWith("/") ? declared : "/" + declared));
    }

    /**
     * Checks that a client can build this type's exception from a problem: a usable constructor (see
     * {@link #toException}) and members of types a problem's values can be read into.
     *
     * @return this definition
     * @throws IllegalArgumentException naming the class, and the member, at fault
     */
    public ProblemTypeDefinition requireConstructible() {
        factory();
        return this;
    }

    /**
     * The exception {@code problem} stands for, as a client rebuilds it: its detail (else its title)
     * as message, its extension members as the {@link ProblemMember}s with their declared Java types (a
     * member the problem lacks keeps its Java default). Built with the first constructor of these the
     * class has: {@code (String message, members...)} with the members in declaration order,
     * {@code (members...)}, {@code (String message)} or {@code ()}; the last two then set the member
     * fields.
     *
     * @throws IllegalArgumentException naming the class and the fault when the class cannot be built,
     *     or naming the member whose value in {@code problem} is not of its declared type
     */
    public Throwable toException(ProblemDetail problem) {
        Objects.requireNonNull(problem, "problem");
        return factory().create(problem);
    }

    private ExceptionFactory factory() {
        Object made = factory;
        if (made == null) {
            try {
                made = ExceptionFactory.of(exceptionClass, members);
            } catch (IllegalArgumentException e) {
                made = e;
            }
            factory = made;
        }
        if (made instanceof IllegalArgumentException) {
            throw new IllegalArgumentException(((IllegalArgumentException) made).getMessage());
        }
        return (ExceptionFactory) made;
    }

    private static Map<String, AccessibleObject> members(Class<?> annotated) {
        Map<String, AccessibleObject> members = new LinkedHashMap<>();
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> c = annotated; c != null && c != Throwable.class; c = c.getSuperclass()) {
            hierarchy.add(0, c);
        }
        for (Class<?> c : hierarchy) {
            for (Field field : c.getDeclaredFields()) {
                ProblemMember member = field.getAnnotation(ProblemMember.class);
                if (member != null) {
                    add(annotated, members, member.value().isEmpty() ? field.getName() : member.value(), field);
                }
            }
            for (Method method : c.getDeclaredMethods()) {
                ProblemMember member = method.getAnnotation(ProblemMember.class);
                if (member == null) {
                    continue;
                }
                if (method.getParameterCount() != 0 || method.getReturnType() == void.class
                        || Modifier.isStatic(method.getModifiers())) {
                    throw new IllegalArgumentException("@ProblemMember on " + annotated.getName() + "."
                            + method.getName() + ": a member method must be an instance method that takes"
                            + " no parameters and returns a value");
                }
                add(annotated, members, member.value().isEmpty() ? propertyName(method) : member.value(), method);
            }
        }
        return members;
    }

    private static void add(Class<?> annotated, Map<String, AccessibleObject> members, String name,
            AccessibleObject accessor) {
        String where = annotated.getName() + "." + ((Member) accessor).getName();
        try {
            Members.checkExtensionName(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("@ProblemMember on " + where + ": " + e.getMessage());
        }
        if (members.containsKey(name)) {
            throw new IllegalArgumentException("@ProblemMember on " + where + ": another member of "
                    + annotated.getName() + " is already named '" + name + "'");
        }
        accessor.trySetAccessible();
        members.put(name, accessor);
    }

    private static String propertyName(Method method) {
        String name = method.getName();
        int prefix = name.startsWith("get") ? 3 : name.startsWith("is") ? 2 : 0;
        if (prefix == 0 || name.length() == prefix || !Character.isUpperCase(name.charAt(prefix))) {
            return name;
        }
        return Character.toLowerCase(name.charAt(prefix)) + name.substring(prefix + 1);
    }

    private static Object read(AccessibleObject accessor, Throwable exception) {
        try {
            return accessor instanceof Field
                    ? ((Field) accessor).get(exception)
                    : ((Method) accessor).invoke(exception);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read @ProblemMember " + ((Member) accessor).getName()
                    + " of " + exception.getClass().getName(), e);
        }
    }

    @Override
    public String toString() {
        return "ProblemTypeDefinition{" + exceptionClass.getName() + ", type=" + type + ", status="
                + status.code() + "}";
    }
}
