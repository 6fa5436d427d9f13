package dev.statusproblems.cdi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that deploys {@link #value()} with this module's extension in a real Weld container and
 * expects the deployment to fail; the test takes the {@link DeploymentFailure} as a parameter and
 * asserts its messages. The test fails if the deployment succeeds.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Test
@ExtendWith(DeploymentFailure.Resolver.class)
@interface DeploymentFails {

    /** The bean classes of the deployment. */
    Class<?>[] value();
}
