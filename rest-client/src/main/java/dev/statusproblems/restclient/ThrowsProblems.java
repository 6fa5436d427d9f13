package dev.statusproblems.restclient;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Registers a {@link ProblemResponseExceptionMapper} on a MicroProfile Rest Client interface, which
 * rebuilds the {@code @ProblemType} exceptions its methods declare in their {@code throws} clauses,
 * and those listed here. The classes are checked when the client is built: one that cannot be rebuilt
 * fails the build with a message naming it.
 *
 * <pre>{@code
 * @RegisterRestClient(configKey = "shop")
 * @ThrowsProblems
 * public interface Shop {
 *     @POST @Path("orders") Order order(Order order) throws OutOfCreditException;
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ThrowsProblems {

    /** {@code @ProblemType} exceptions to rebuild besides those the methods declare (unchecked ones, say). */
    Class<? extends Throwable>[] value() default {};
}
