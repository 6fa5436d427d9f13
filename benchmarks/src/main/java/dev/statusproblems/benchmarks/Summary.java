package dev.statusproblems.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The targets of a run, one line each, written into the README between the markers
 * {@code <!-- benchmarks:PART begin ... -->} and {@code <!-- benchmarks:PART end -->}: a part this
 * run did not measure keeps its lines from the run that did.
 */
final class Summary {

    /** One target: what is measured, the figure (with its interval where there is one), the target and its verdict. */
    record Target(String measure, String figure, String target) {
    }

    private Summary() {
    }

    /**
     * Replaces {@code part}'s block of {@code readme} with {@code targets}, saying the date of the run;
     * returns {@code false}, changing nothing, when the README has no such block.
     */
    static boolean write(Path readme, String part, String date, List<Target> targets) throws IOException {
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        String begin = "<!-- benchmarks:" + part + " begin";
        String end = "<!-- benchmarks:" + part + " end -->";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            return false;
        }
        StringBuilder block = new StringBuilder(begin).append(": written by Report from the run of ").append(date)
                .append(" -->\n| measure | figure | target |\n|---|---:|---|\n");
        for (Target t : targets) {
            block.append("| ").append(t.measure()).append(" | ").append(t.figure()).append(" | ").append(t.target())
                    .append(" |\n");
        }
        Files.writeString(readme, text.substring(0, from) + block + text.substring(to), StandardCharsets.UTF_8);
        return true;
    }
}
