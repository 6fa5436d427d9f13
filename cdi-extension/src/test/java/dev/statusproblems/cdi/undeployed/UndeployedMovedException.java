package dev.statusproblems.cdi.undeployed;

import dev.statusproblems.model.ProblemType;

/** An invalid problem type, which fails the deployment: a redirection is no problem. */
@ProblemType(type = "undeployed-moved", status = 302)
public class UndeployedMovedException extends RuntimeException {

    private static final long serialVersionUID = 1L;
}
