package dev.statusproblems.it.hostile;

import jakarta.xml.bind.annotation.XmlRootElement;

/** An XML request body read by JAXB. */
@XmlRootElement(name = "item")
public class Item {

    /** The item's name; a public field, as JAXB binds it. */
    public String name;
}
