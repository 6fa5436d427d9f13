package dev.statusproblems.restclient;

import dev.statusproblems.model.ProblemMember;
import dev.statusproblems.model.ProblemType;
import java.time.LocalDate;

/** A problem type a client cannot rebuild: a problem cannot hold a LocalDate. */
@ProblemType(type = "overdue", status = 409)
public class DatedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    @ProblemMember
    private final LocalDate due;

    public DatedException(String message, LocalDate due) {
        super(message);
        this.due = due;
    }
}
