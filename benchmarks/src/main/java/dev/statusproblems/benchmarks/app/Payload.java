package dev.statusproblems.benchmarks.app;

/**
 * The bytes the download servlet streams, shared with the client that checks them: a 64 KiB chunk
 * repeated. No servlet types here, so the load generator can load this class without the API.
 */
public final class Payload {

    /** Size of the repeated chunk. */
    public static final int CHUNK = 64 * 1024;

    /** Largest download served, 1 GiB. */
    public static final long MAX = 1L << 30;

    private Payload() {
    }

    /** Returns a fresh copy of the repeated chunk. */
    public static byte[] chunk() {
        byte[] chunk = new byte[CHUNK];
        for (int i = 0; i < chunk.length; i++) {
            chunk[i] = (byte) (i * 31);
        }
        return chunk;
    }
}
