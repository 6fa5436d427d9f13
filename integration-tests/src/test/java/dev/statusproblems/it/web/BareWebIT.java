package dev.statusproblems.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.it.support.Deployments;
import dev.statusproblems.it.support.Http;
import dev.statusproblems.it.support.Server;
import dev.statusproblems.testsupport.RawHttp;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the container answers by itself, in a WAR without our jars, where {@link WebIT} sees a server
 * differ: the differences that are the container's, not the suite's.
 */
@ExtendWith(ArquillianExtension.class)
class BareWebIT {

    private static final String FILE = "0123456789";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.bare("bare-web").addClass(ErrorServlet.class).addClass(ProcessingServlet.class)
                .addAsWebResource(new StringAsset(FILE), "file.txt");
    }

    @Test
    void notModifiedCarriesContentLanguageOnLibertyOnly() throws Exception {
        HttpResponse<String> response = Http.get(base, "servlet/catalog");

        assertThat(response.statusCode()).isEqualTo(304);
        assertThat(response.headers().firstValue("Content-Language")).isEqualTo(Server.current().ownContentLanguage());
    }

    @Test
    void writeToStaticFileIsServedAsAReadOnLiberty() throws Exception {
        HttpResponse<String> put = Http.send(Http.request(base, "file.txt")
                .PUT(HttpRequest.BodyPublishers.ofString("x")).build());
        HttpResponse<String> get = Http.get(base, "file.txt");

        assertThat(put.statusCode()).isEqualTo(switch (Server.current()) {
            case WILDFLY -> 405;
            case PAYARA -> 403;
            case LIBERTY -> 200;
        });
        assertThat(get.body()).isEqualTo(FILE);
    }

    @Test
    void unsatisfiableRangeOnStaticFileIsTheWholeFileOnLiberty() throws Exception {
        HttpResponse<String> response = Http.get(base, "file.txt", "Range", "bytes=999999-1000000");

        assertThat(response.statusCode()).isEqualTo(Server.current() == Server.LIBERTY ? 200 : 416);
        if (Server.current() == Server.LIBERTY) {
            assertThat(response.headers().firstValue("Content-Range")).isEmpty();
            assertThat(response.body()).isEqualTo(FILE);
        }
    }

    @Test
    void missingStaticFileIsNotFoundEverywhere() throws Exception {
        HttpResponse<String> response = Http.get(base, "no-such-file.txt");

        // Liberty's file serving throws, and Liberty itself makes the exception a 404 when no filter catches it
        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void informationalStatusComesAloneWithoutTheSuite() {
        RawHttp.Response response = RawHttp.send(URI.create(base.toString()), "GET", Http.contextPath(base) + "processing",
                List.of(), new byte[0]);

        // Liberty follows a 102 with "HTTP/1.1 200 OK" when a filter wraps the response and the response is
        // flushed (ServletWrapper flushes a wrapped response after the service); the suite holds that flush
        // back (ContainerIT.informationalAndNoContentAnswersCarryContentLengthZero)
        assertThat(response.status()).isEqualTo(102);
        assertThat(response.body()).isEmpty();
    }
}
