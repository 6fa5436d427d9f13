package dev.statusproblems.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemJson;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ErrorHandler;
import org.junit.jupiter.api.Test;

/**
 * Regressions of async requests on the servers. On WildFly an async request that timed out was answered with Undertow's own HTML 500
 * page, because Undertow never dispatches such a timeout to the default error page. Here the
 * container's plain error handler stands in for that behaviour: the filter must answer by itself.
 * On Payara an asynchronous {@code sendError} on the response of a plain {@code startAsync()} (the
 * container's own) did not reliably reach the error page: a 409 with no body. The filter now hands
 * a plain {@code startAsync()} its own response, so no error page is needed for it.
 */
class AsyncTimeoutTest {

    /** The detail of every server error, in English. */
    private static final String GENERIC_DETAIL =
            "The server could not complete the request. Quote the instance identifier when you report the problem.";

    @Test
    void asyncTimeoutIsAProblemEvenWhenNoErrorPageIsReached() throws Exception {
        // Jetty dispatches a timeout to the error page by itself; ask the filter to answer, as it does on Undertow
        try (JettyApp app = JettyApp.start(Map.of("statusproblems.servlet.async-timeout", "filter"), context -> {
            context.setErrorHandler(new ErrorHandler());
            JettyApp.route(context, "/async-timeout", Endpoint.of((req, res) -> req.startAsync().setTimeout(50)));
        })) {
            HttpResponse<String> response = Http.get(app.uri("/async-timeout"));

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.headers().firstValue("Content-Type")).hasValue(ProblemJson.MEDIA_TYPE);
            ProblemDetail problem = ProblemJson.parse(response.body());
            assertThat(problem.detail()).contains(GENERIC_DETAIL);
            assertThat(problem.instance().orElseThrow().toString()).startsWith("urn:uuid:");
        }
    }

    @Test
    void asyncSendErrorAfterPlainStartAsyncIsAProblemWithoutAnErrorPage() throws Exception {
        try (JettyApp app = JettyApp.start(Map.of(), context -> {
            context.setErrorHandler(new ErrorHandler());
            JettyApp.route(context, "/async-conflict", Endpoint.of((req, res) -> {
                AsyncContext async = req.startAsync();
                async.start(() -> {
                    try {
                        ((HttpServletResponse) async.getResponse()).sendError(409, "Order 7 is already paid");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    async.complete();
                });
            }));
        })) {
            HttpResponse<String> response = Http.get(app.uri("/async-conflict"));

            assertThat(response.statusCode()).isEqualTo(409);
            assertThat(response.headers().firstValue("Content-Type")).hasValue(ProblemJson.MEDIA_TYPE);
            assertThat(ProblemJson.parse(response.body()).detail()).contains("Order 7 is already paid");
        }
    }
}
