package dev.statusproblems.cdi;

import dev.statusproblems.cdi.internal.StatusProblemsExtension;
import jakarta.enterprise.inject.spi.DeploymentException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jboss.weld.environment.se.WeldContainer;
import org.jboss.weld.junit5.WeldInitiator;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/** How a deployment failed: the exception Weld threw. */
final class DeploymentFailure {

    private final DeploymentException exception;

    private DeploymentFailure(DeploymentException exception) {
        this.exception = exception;
    }

    /** Deploys {@code beanClasses} in a Weld container set up as weld-junit5 does and returns how it failed. */
    static DeploymentFailure deploying(Class<?>... beanClasses) {
        return deploying(Map.of(), beanClasses);
    }

    /** The failure of deploying {@code beanClasses} in an application whose own parameters are {@code parameters}. */
    static DeploymentFailure deploying(Map<String, String> parameters, Class<?>... beanClasses) {
        WeldContainer container;
        try {
            container = WeldInitiator.createWeld().addExtension(new StatusProblemsExtension(parameters))
                    .addBeanClasses(beanClasses).initialize();
        } catch (DeploymentException expected) {
            return new DeploymentFailure(expected);
        }
        container.shutdown();
        throw new AssertionError("the deployment of " + Arrays.toString(beanClasses) + " did not fail");
    }

    /** The exception. */
    DeploymentException exception() {
        return exception;
    }

    /** The message of the exception the container start failed with, as the user sees it. */
    String message() {
        return exception.getMessage();
    }

    /** The messages of the deployment problems the extension reported, in the order reported. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        Throwable cause = exception.getCause();
        if (cause != null) {
            problems.add(cause.getMessage());
        }
        for (Throwable suppressed : exception.getSuppressed()) {
            problems.add(suppressed.getMessage());
        }
        return problems;
    }

    /** Resolves the {@link DeploymentFailure} parameter of a {@link DeploymentFails} test. */
    static final class Resolver implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == DeploymentFailure.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            DeploymentFails fails = context.getRequiredTestMethod().getAnnotation(DeploymentFails.class);
            if (fails == null) {
                throw new ParameterResolutionException("DeploymentFailure needs @DeploymentFails on the test");
            }
            return deploying(fails.value());
        }
    }
}
