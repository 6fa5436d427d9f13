package dev.statusproblems.demo;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * {@code GET /api/documents/{id}}: a 403 to everyone, which web.xml's
 * {@code statusproblems.forbidden-as-not-found=/api/documents} turns into a 404 for a client that is
 * not authenticated, so that it cannot tell which documents exist.
 */
@Path("documents/{id}")
public class DocumentResource {

    @GET
    public String document(@PathParam("id") String id) {
        throw new ForbiddenException("Only the owner may read document " + id);
    }
}
