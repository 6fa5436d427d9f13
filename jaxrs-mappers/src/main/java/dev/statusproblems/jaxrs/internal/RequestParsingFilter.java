package dev.statusproblems.jaxrs.internal;

import dev.statusproblems.model.SuiteText;
import dev.statusproblems.responses.Failure;
import dev.statusproblems.responses.ProblemRequest;
import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;

/**
 * Makes the runtime parse the request's URI and negotiation headers with its own parsers before it
 * matches a resource, and answers a request it cannot parse, or whose weights are no RFC 9110 quality
 * values, with a 400 problem. Left to matching, such a request fails inside the runtime (RESTEasy
 * builds the request URI and reads {@code q} while matching, Jersey reads {@code q} of
 * {@code Content-Type} while selecting the method) with an exception no mapper can tell from a bug:
 * a 500. Here, where only parsing can fail, the cause is known for certain.
 */
@PreMatching
@ConstrainedTo(RuntimeType.SERVER)
@Priority(RequestParsingFilter.PRIORITY)
public final class RequestParsingFilter extends RequestAware implements ContainerRequestFilter {

    /** Before every other filter, the application's among them: they may read the same headers. */
    static final int PRIORITY = ServletBinding.PRIORITY + 1;

    /** The fields whose elements carry weights (RFC 9110 §12.4.2), and Content-Type, where runtimes read one too. */
    private static final List<String> WEIGHTED = List.of(HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_CHARSET,
            HttpHeaders.ACCEPT_ENCODING, HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.CONTENT_TYPE);

    /** Created by the runtime. */
    public RequestParsingFilter() {
    }

    @Override
    public void filter(ContainerRequestContext context) {
        Unparsable unparsable = unparsable(context);
        if (unparsable != null) {
            context.abortWith(send(Failure.status(400).withDetail(
                    language -> unparsable.text().in(language, unparsable.arguments()))));
        }
    }

    /** What of the request cannot be parsed, as the client is told it; {@code null} when all of it can. */
    private Unparsable unparsable(ContainerRequestContext context) {
        // the runtime builds the whole request URI to be asked for it (RESTEasy: a java.net.URI parse, the
        // largest share of the suite on a 2xx): not for a target whose characters alone show it parses
        if (!application().targetPlain()) {
            try {
                String path = context.getUriInfo().getRequestUri().getRawPath();
                if (path == null || path.indexOf('%') >= 0) {
                    // decoding is what can fail; most paths have nothing to decode
                    context.getUriInfo().getPathSegments();
                }
            } catch (RuntimeException unparsable) {
                return new Unparsable(SuiteText.REQUEST_TARGET_INVALID);
            }
        }
        for (String name : WEIGHTED) {
            List<String> values = context.getHeaders().get(name);
            if (values == null) {
                continue; // nothing to parse: most requests, which the runtime then need not parse either
            }
            try {
                switch (name) {
                    case HttpHeaders.ACCEPT:
                        context.getAcceptableMediaTypes();
                        break;
                    case HttpHeaders.ACCEPT_LANGUAGE:
                        context.getAcceptableLanguages();
                        break;
                    case HttpHeaders.CONTENT_TYPE:
                        context.getMediaType();
                        break;
                    default:
                        break;
                }
            } catch (RuntimeException unparsable) {
                return new Unparsable(SuiteText.HEADER_FIELD_INVALID, name);
            }
            if (!values.stream().allMatch(ProblemRequest::weightsWellFormed)) {
                return new Unparsable(SuiteText.HEADER_FIELD_INVALID, name);
            }
        }
        return null;
    }

    /** The detail of the 400, written once the request's language is known. */
    private record Unparsable(SuiteText text, Object... arguments) {
    }
}
