package dev.statusproblems.it.hostile;

/** The string the deployed application puts into its exception messages, and no response may show. */
public final class Secrets {

    /** Unique enough never to occur in a response by chance. */
    public static final String SECRET = "s3cr3t-4b1d-hostile-9f27c";

    private Secrets() {
    }
}
