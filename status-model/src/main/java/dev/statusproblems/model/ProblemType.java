package dev.statusproblems.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an application exception to be a problem type: thrown, it becomes a problem with this
 * type, status and title, its message as {@code detail} and its {@link ProblemMember}s as extension
 * members.
 *
 * <pre>{@code
 * @ProblemType(type = "out-of-credit", status = 403, title = "You do not have enough credit")
 * public class OutOfCreditException extends RuntimeException { ... }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ProblemType {

    /**
     * The type URI reference (RFC 9457, Section 3.1.1). A relative reference is resolved against the
     * configured type base; the problem catalogue serves its documentation there.
     */
    String type();

    /** The HTTP status, 400–599. */
    int status();

    /** A short summary of the problem type; the status's reason phrase when empty. */
    String title() default "";

    /** What the problem type means and how to resolve it, for the documentation page. */
    String description() default "";
}
