package dev.statusproblems.it.openapi;

import dev.statusproblems.model.ProblemType;

/** A problem type of the application, which the OpenAPI document lists. */
@ProblemType(type = "cart-locked", status = 409, title = "The cart is locked",
        description = "The cart is being checked out and cannot change.")
public class CartLockedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Cart {@code id} is being checked out. */
    public CartLockedException(String id) {
        super("Cart " + id + " is being checked out");
    }
}
