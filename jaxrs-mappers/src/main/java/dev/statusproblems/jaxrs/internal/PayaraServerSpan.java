package dev.statusproblems.jaxrs.internal;

import java.util.function.Function;

/**
 * Payara's server span while the pipeline answers. Payara's Jersey listener makes its span current only
 * until the resource method returns or throws, before exceptions are mapped; the span stays open in a
 * request attribute, whose {@code localScope()} makes it current again. Reached by reflection: the class
 * is Payara's, and this module links against no telemetry. Elsewhere the attribute is absent and nothing
 * is done; where it fails, it is logged once and the problem is sent without it.
 */
final class PayaraServerSpan {

    /** The request attribute, a {@code fish.payara.opentracing.PropagationHelper}, where Payara traces the request. */
    static final String ATTRIBUTE = "fish.payara.opentracing.PropagationHelper";

    /** A scope whose closing throws nothing. */
    interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /** Nothing to make current. */
    static final Scope NONE = () -> { };

    private final Function<String, Object> requestAttributes;
    private volatile boolean failed;

    /** Reads the attribute from the current request through {@code requestAttributes}. */
    PayaraServerSpan(Function<String, Object> requestAttributes) {
        this.requestAttributes = requestAttributes;
    }

    /** Makes Payara's server span of the current request current until the scope closes, where there is one. */
    Scope enter() {
        if (failed) {
            return NONE;
        }
        try {
            Object helper = requestAttributes.apply(ATTRIBUTE);
            if (helper == null) {
                return NONE;
            }
            AutoCloseable scope = (AutoCloseable) helper.getClass().getMethod("localScope").invoke(helper);
            return () -> {
                try {
                    scope.close();
                } catch (Exception | LinkageError failure) {
                    fail(failure);
                }
            };
        } catch (ReflectiveOperationException | RuntimeException | LinkageError failure) {
            fail(failure);
            return NONE;
        }
    }

    private void fail(Throwable failure) {
        if (!failed) {
            failed = true;
            System.getLogger("dev.statusproblems").log(System.Logger.Level.WARNING, "status-problems: Payara's server"
                    + " span could not be made current; the problems of this application are sent without marking"
                    + " it from now on", failure);
        }
    }
}
