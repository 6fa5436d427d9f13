package dev.statusproblems.restclient.internal;

import dev.statusproblems.model.ProblemTypeDefinition;
import dev.statusproblems.restclient.ProblemResponseExceptionMapper;
import dev.statusproblems.restclient.ThrowsProblems;
import java.lang.reflect.Method;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.eclipse.microprofile.rest.client.spi.RestClientListener;

/**
 * Registers the problem mapper on each Rest Client whose interface says {@link ThrowsProblems}; leaves
 * every other client alone.
 */
public final class ThrowsProblemsListener implements RestClientListener {

    @Override
    public void onNewClient(Class<?> serviceInterface, RestClientBuilder builder) {
        ThrowsProblems annotation = serviceInterface.getAnnotation(ThrowsProblems.class);
        if (annotation == null) {
            return;
        }
        Set<Class<?>> types = new LinkedHashSet<>(List.of(annotation.value()));
        for (Method method : serviceInterface.getMethods()) {
            for (Class<?> thrown : method.getExceptionTypes()) {
                if (ProblemTypeDefinition.isDeclaredBy(thrown)) {
                    types.add(thrown);
                }
            }
        }
        try {
            builder.register(ProblemResponseExceptionMapper.throwing(List.copyOf(types)));
        } catch (IllegalArgumentException invalid) {
            throw new IllegalArgumentException("@ThrowsProblems on " + serviceInterface.getName() + ": "
                    + invalid.getMessage(), invalid);
        }
    }
}
