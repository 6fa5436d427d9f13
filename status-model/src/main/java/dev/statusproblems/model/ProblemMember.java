package dev.statusproblems.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a field, or a method without parameters, of a {@link ProblemType} exception an extension
 * member of its problems.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface ProblemMember {

    /** The member name; the field's name, or the method's name without {@code get}/{@code is}, when empty. */
    String value() default "";
}
