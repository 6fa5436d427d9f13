package dev.statusproblems.it.soak;

import java.util.zip.CRC32;

/** The servlet's success body: a fixed pseudo-random 5 KB, the same on the server and in the test. */
public final class Payload {

    /** The body's length in bytes. */
    public static final int LENGTH = 5 * 1024 + 17;

    private Payload() {
    }

    /** Returns a fresh copy of the body. */
    public static byte[] bytes() {
        byte[] bytes = new byte[LENGTH];
        long state = 0x5DEECE66DL;
        for (int i = 0; i < bytes.length; i++) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            bytes[i] = (byte) (state >>> 56);
        }
        return bytes;
    }

    /** Returns the CRC-32 of {@code bytes}. */
    public static long checksum(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }
}
