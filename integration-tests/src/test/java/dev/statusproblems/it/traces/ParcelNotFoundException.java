package dev.statusproblems.it.traces;

import dev.statusproblems.model.ProblemType;

/** A parcel that is not there: a declared problem type. */
@ProblemType(type = "parcel-not-found", status = 404, title = "No such parcel")
public class ParcelNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ParcelNotFoundException(String id) {
        super("Parcel " + id + " does not exist");
    }
}
