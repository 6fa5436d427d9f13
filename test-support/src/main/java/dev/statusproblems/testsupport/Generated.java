package dev.statusproblems.testsupport;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Generated test inputs, drawn from a fixed seed so that a failing case is the same on every run:
 * strings made of pieces a rule is sensitive to, for properties that hold a fast rule to a plain one.
 */
public final class Generated {

    /** The seed every property of the suite draws from. */
    public static final long SEED = 20_261_202L;

    private final SplittableRandom random = new SplittableRandom(SEED);

    /** Draws from {@link #SEED}. */
    public Generated() {
    }

    /** {@code min} to {@code max} pieces drawn from {@code pieces}, joined. */
    public String joined(List<String> pieces, int min, int max) {
        StringBuilder joined = new StringBuilder();
        for (int n = min + random.nextInt(max - min + 1); n > 0; n--) {
            joined.append(pieces.get(random.nextInt(pieces.size())));
        }
        return joined.toString();
    }

    /** Up to {@code max} characters drawn from {@code alphabet}, none at all among them. */
    public String text(String alphabet, int max) {
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(max + 1); n > 0; n--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** True once in {@code n} draws. */
    public boolean oneIn(int n) {
        return random.nextInt(n) == 0;
    }
}
