package dev.statusproblems.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemJson;
import dev.statusproblems.testsupport.RawHttp;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.Principal;
import java.util.Base64;
import java.util.List;
import org.apache.catalina.realm.GenericPrincipal;
import org.apache.catalina.realm.RealmBase;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.LoginConfig;
import org.apache.tomcat.util.descriptor.web.SecurityCollection;
import org.apache.tomcat.util.descriptor.web.SecurityConstraint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code statusproblems.forbidden-as-not-found=true}, a 403 is hidden as a 404 only from a client
 * that is not authenticated: the 403 an application sends to a client that logged in stays a 403, on
 * real Tomcat with a real BASIC login.
 */
class ForbiddenAsNotFoundTest {

    private static final String USER = "alice";
    private static final String PASSWORD = "wonderland";
    private static final String ROLE = "member";

    @TempDir
    static Path dir;

    private static TomcatApp app;

    @BeforeAll
    static void start() throws Exception {
        app = TomcatApp.start(dir, context -> {
            context.addParameter("statusproblems.forbidden-as-not-found", "true");
            SecurityCollection members = new SecurityCollection();
            members.addPattern("/members/*");
            SecurityConstraint constraint = new SecurityConstraint();
            constraint.addCollection(members);
            constraint.addAuthRole(ROLE);
            context.addConstraint(constraint);
            context.addSecurityRole(ROLE);
            context.setLoginConfig(new LoginConfig("BASIC", "shop", null, null));
            context.setRealm(new OneUserRealm());
            Tomcat.addServlet(context, "forbidding", new ForbiddingServlet());
            TomcatApp.map(context, "/members/*", "forbidding");
            TomcatApp.map(context, "/open/*", "forbidding");
        });
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    @Test
    void authenticatedClientsForbiddenStaysForbidden() {
        String credentials = Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));

        RawHttp.Response response = RawHttp.send(server(), "GET", "/shop/members/orders/42", false,
                "Authorization: Basic " + credentials);

        assertThat(response.status()).isEqualTo(403);
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.status()).isEqualTo(403);
        assertThat(problem.title()).isEqualTo("Forbidden");
        assertThat(problem.detail()).contains("Order 42 belongs to another member");
    }

    @Test
    void unauthenticatedClientsForbiddenIsHiddenAsNotFound() {
        RawHttp.Response response = RawHttp.send(server(), "GET", "/shop/open/orders/42", false);

        assertThat(response.status()).isEqualTo(404);
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.title()).isEqualTo("Not Found");
        assertThat(problem.detail()).isEmpty();
        assertThat(response.body()).doesNotContain("another member");
    }

    private static URI server() {
        return app.uri("").resolve("/");
    }

    /** Forbids every request, with a message that tells the resource exists. */
    private static final class ForbiddingServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Order 42 belongs to another member");
        }
    }

    /** A realm that knows one user, {@value #USER}, in the role {@value #ROLE}. */
    private static final class OneUserRealm extends RealmBase {

        @Override
        protected String getPassword(String username) {
            return USER.equals(username) ? PASSWORD : null;
        }

        @Override
        protected Principal getPrincipal(String username) {
            return USER.equals(username) ? new GenericPrincipal(USER, List.of(ROLE)) : null;
        }
    }
}
