package dev.statusproblems.demo;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/** An order as clients post it. */
public class Order {

    @NotBlank
    private String item;

    @Min(1)
    @Max(100)
    private int quantity;

    /** The item ordered. */
    public String getItem() {
        return item;
    }

    /** Sets the item. */
    public void setItem(String item) {
        this.item = item;
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
