package dev.statusproblems.it.invalid;

import dev.statusproblems.model.ProblemType;

/** Invalid: a problem type must have an error status, and 302 is a redirection. */
@ProblemType(type = "moved", status = 302)
public class RedirectingException extends RuntimeException {

    private static final long serialVersionUID = 1L;
}
