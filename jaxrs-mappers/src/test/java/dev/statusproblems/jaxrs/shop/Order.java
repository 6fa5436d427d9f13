package dev.statusproblems.jaxrs.shop;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;

/** A request and response body, read and written with JSON-B. */
public class Order {

    @NotBlank
    private String name;

    @PositiveOrZero
    private int quantity;

    public Order() {
    }

    public Order(String name, int quantity) {
        this.name = name;
        this.quantity = quantity;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }
}
