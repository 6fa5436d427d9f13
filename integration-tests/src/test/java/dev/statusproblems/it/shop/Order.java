package dev.statusproblems.it.shop;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;

/** An order as the shop reads and writes it with the server's JSON-B. */
public class Order {

    @NotBlank
    private String name;

    @PositiveOrZero
    private int quantity;

    /** For JSON-B. */
    public Order() {
    }

    /** An order of {@code quantity} times {@code name}. */
    public Order(String name, int quantity) {
        this.name = name;
        this.quantity = quantity;
    }

    /** What is ordered. */
    public String getName() {
        return name;
    }

    /** Sets what is ordered. */
    public void setName(String name) {
        this.name = name;
    }

    /** How many. */
    public int getQuantity() {
        return quantity;
    }

    /** Sets how many. */
    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }
}
