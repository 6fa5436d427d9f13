package dev.statusproblems.model;

import dev.statusproblems.model.internal.MemberTypes;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How a client builds a {@link ProblemType} exception back from a problem: with the first of these
 * constructors the class has, tried in this order,
 * <ol>
 * <li>{@code (String message, members...)}, the members in declaration order with their declared types;</li>
 * <li>{@code (members...)};</li>
 * <li>{@code (String message)}, then the member fields set;</li>
 * <li>{@code ()}, then the member fields set.</li>
 * </ol>
 * The last two need every member to be a field: a member method cannot be set.
 */
final class ExceptionFactory {

    private enum Shape { MESSAGE_AND_MEMBERS, MEMBERS, MESSAGE, NONE }

    private final Constructor<?> constructor;
    private final Shape shape;
    private final Map<String, AccessibleObject> members;

    private ExceptionFactory(Constructor<?> constructor, Shape shape, Map<String, AccessibleObject> members) {
        this.constructor = constructor;
        this.shape = shape;
        this.members = members;
    }

    /**
     * The factory of {@code exceptionClass}.
     *
     * @throws IllegalArgumentException naming the class and what it lacks
     */
    static ExceptionFactory of(Class<?> exceptionClass, Map<String, AccessibleObject> members) {
        String name = exceptionClass.getName();
        if (Modifier.isAbstract(exceptionClass.getModifiers())) {
            throw new IllegalArgumentException("@ProblemType " + name + " cannot be built from a problem:"
                    + " it is abstract");
        }
        List<Class<?>> types = new ArrayList<>();
        boolean allFields = true;
        for (Map.Entry<String, AccessibleObject> member : members.entrySet()) {
            Class<?> type = type(member.getValue());
            if (!MemberTypes.isSupported(type)) {
                throw new IllegalArgumentException("@ProblemMember on " + name + "."
                        + ((Member) member.getValue()).getName() + ": a client cannot read a member of type "
                        + type.getName() + " from a problem; use a String, a number, a Boolean, an enum, a URI,"
                        + " a List or a Map");
            }
            types.add(type);
            allFields &= member.getValue() instanceof Field && !Modifier.isStatic(((Field) member.getValue()).getModifiers());
        }
        List<Class<?>> withMessage = new ArrayList<>(types);
        withMessage.add(0, String.class);
        Constructor<?> found = constructor(exceptionClass, withMessage);
        if (found != null) {
            return new ExceptionFactory(found, Shape.MESSAGE_AND_MEMBERS, members);
        }
        found = types.isEmpty() ? null : constructor(exceptionClass, types);
        if (found != null) {
            return new ExceptionFactory(found, Shape.MEMBERS, members);
        }
        if (allFields) {
            found = constructor(exceptionClass, List.of(String.class));
            if (found != null) {
                return new ExceptionFactory(found, Shape.MESSAGE, members);
            }
            found = constructor(exceptionClass, List.of());
            if (found != null) {
                return new ExceptionFactory(found, Shape.NONE, members);
            }
        }
        throw new IllegalArgumentException("@ProblemType " + name + " cannot be built from a problem: it needs"
                + " a constructor taking " + parameters(withMessage) + " or " + parameters(types)
                + (allFields ? ", or one taking (String) or nothing" : " (a member method cannot be set otherwise)"));
    }

    /**
     * A new exception holding {@code problem}'s detail (else its title) as message and its members.
     *
     * @throws IllegalArgumentException naming the member whose value is not of its declared type
     */
    Throwable create(ProblemDetail problem) {
        String message = problem.detail().orElse(problem.title());
        Object[] values = new Object[members.size()];
        int i = 0;
        for (Map.Entry<String, AccessibleObject> member : members.entrySet()) {
            values[i++] = MemberTypes.convert(member.getKey(), problem.extensions().get(member.getKey()),
                    type(member.getValue()));
        }
        Object[] arguments;
        switch (shape) {
            case MESSAGE_AND_MEMBERS:
                arguments = new Object[values.length + 1];
                arguments[0] = message;
                System.arraycopy(values, 0, arguments, 1, values.length);
                break;
            case MEMBERS:
                arguments = values;
                break;
            case MESSAGE:
                arguments = new Object[] {message};
                break;
            default:
                arguments = new Object[0];
        }
        try {
            Throwable exception = (Throwable) constructor.newInstance(arguments);
            if (shape == Shape.MESSAGE || shape == Shape.NONE) {
                i = 0;
                for (AccessibleObject field : members.values()) {
                    ((Field) field).set(exception, values[i++]);
                }
            }
            return exception;
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("the constructor of " + constructor.getDeclaringClass().getName()
                    + " failed: " + e.getCause(), e.getCause());
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("cannot build " + constructor.getDeclaringClass().getName(), e);
        }
    }

    private static Class<?> type(AccessibleObject member) {
        return member instanceof Field ? ((Field) member).getType() : ((Method) member).getReturnType();
    }

    private static Constructor<?> constructor(Class<?> exceptionClass, List<Class<?>> parameters) {
        try {
            Constructor<?> constructor = exceptionClass.getDeclaredConstructor(parameters.toArray(new Class<?>[0]));
            return constructor.trySetAccessible() ? constructor : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static String parameters(List<Class<?>> types) {
        return Arrays.toString(types.stream().map(Class::getSimpleName).toArray()).replace('[', '(').replace(']', ')');
    }
}
