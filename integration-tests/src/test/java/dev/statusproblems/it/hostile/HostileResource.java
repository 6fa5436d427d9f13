package dev.statusproblems.it.hostile;

import jakarta.json.JsonStructure;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import javax.xml.transform.dom.DOMSource;

/** JAX-RS endpoints for hostile requests: readers of JSON and XML, failures holding secrets, odd statuses. */
@Path("/")
public class HostileResource {

    /** A plain success. */
    @GET
    @Path("hello")
    @Produces(MediaType.TEXT_PLAIN)
    public String hello() {
        return "hello";
    }

    /** An application 404 with its own message. */
    @GET
    @Path("missing")
    public String missing() {
        throw new NotFoundException("Nothing is here");
    }

    /** An application 404 whose ProblemSent observer throws. */
    @GET
    @Path("observer-boom")
    public String observed() {
        throw new NotFoundException("Observed item does not exist");
    }

    /** Reads any JSON value and says what it was. */
    @POST
    @Path("json")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.TEXT_PLAIN)
    public String json(@NotNull JsonStructure body) {
        return "read " + body.getValueType();
    }

    /** Reads an item through JAXB and echoes its name. */
    @POST
    @Path("xml")
    @Consumes(MediaType.APPLICATION_XML)
    @Produces(MediaType.TEXT_PLAIN)
    public String xml(@NotNull Item item) {
        return "name=" + item.name;
    }

    /** Reads XML as a DOM (a provider JAX-RS requires of every runtime) and echoes its text. */
    @POST
    @Path("dom")
    @Consumes(MediaType.APPLICATION_XML)
    @Produces(MediaType.TEXT_PLAIN)
    public String dom(@NotNull DOMSource source) {
        org.w3c.dom.Node node = source.getNode();
        org.w3c.dom.Node root = node instanceof org.w3c.dom.Document ? ((org.w3c.dom.Document) node).getDocumentElement() : node;
        return "text=" + root.getTextContent();
    }

    /** Fails with a secret in the exception's message. */
    @GET
    @Path("secret")
    public String secret() {
        throw new IllegalStateException("database password is " + Secrets.SECRET);
    }

    /** Fails into the application's own mapper, which throws. */
    @GET
    @Path("mapper-throws")
    public String mapperThrows() {
        throw new AppFailure("app failure " + Secrets.SECRET);
    }

    /** Asks the runtime for a status outside 100-599. */
    @GET
    @Path("status-999")
    public Response status999() {
        return Response.status(999).entity("odd").build();
    }
}
