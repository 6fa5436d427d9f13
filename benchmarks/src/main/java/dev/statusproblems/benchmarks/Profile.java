package dev.statusproblems.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the suite's time goes in a JFR recording of the server: the share of execution samples spent
 * in the suite's own work (not in the application or container it passes the request on to), and
 * the suite's methods they were in.
 */
record Profile(String endpoint, int samples, int inSuite, Map<String, Integer> suiteMethods,
        Map<String, Integer> leaves) {

    private static final String SUITE = "dev.statusproblems.";
    private static final String APP = "dev.statusproblems.benchmarks.";

    /** Reads the execution samples of {@code recording}. */
    static Profile read(String endpoint, Path recording) throws IOException {
        int samples = 0;
        int inSuite = 0;
        Map<String, Integer> suiteMethods = new HashMap<>();
        Map<String, Integer> leaves = new HashMap<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            // From the leaf outwards, the first frame that is either the suite's or a place where a
            // request is passed on (a filter chain's doFilter, an Undertow handler's handleRequest): a
            // suite frame means the suite's own work (with what it calls); a passing-on means the work
            // belongs to the container or the application, even under the suite's handler wrapper.
            String suite = null;
            for (RecordedFrame frame : frames) {
                String type = frame.getMethod().getType().getName();
                if (type.startsWith(SUITE) && !type.startsWith(APP)) {
                    suite = name(frame.getMethod());
                    break;
                }
                String method = frame.getMethod().getName();
                if (method.equals("doFilter") || method.equals("handleRequest")) {
                    break;
                }
            }
            if (suite != null) {
                inSuite++;
                suiteMethods.merge(suite, 1, Integer::sum);
                if (!frames.isEmpty()) {
                    leaves.merge(name(frames.get(0).getMethod()), 1, Integer::sum);
                }
            }
        }
        return new Profile(endpoint, samples, inSuite, suiteMethods, leaves);
    }

    private static String name(RecordedMethod method) {
        String type = method.getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + method.getName();
    }

    /** The share of the samples in the suite's own work, with its 95% interval. */
    Interval share() {
        return Interval.proportion(inSuite, samples);
    }

    /** A Markdown paragraph: the share in the suite and its top methods. */
    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "- `%s` with the suite: %d of %d execution samples (%s) have a "
                + "frame of the suite before any doFilter or handleRequest", endpoint, inSuite, samples,
                share().percent()));
        if (inSuite > 0) {
            md.append("; suite method: ").append(top(suiteMethods)).append("; running at the leaf: ")
                    .append(top(leaves));
        }
        return md.append(".\n").toString();
    }

    /** One sentence naming the suite's share of the samples and its costliest method. */
    String cause() {
        if (inSuite == 0) {
            return String.format(Locale.ROOT, "no sample of %d in the suite's own work, so the cost is indirect "
                    + "(e.g. in the runtime's handling of the suite's providers), not attributed here.", samples);
        }
        Map.Entry<String, Integer> first = suiteMethods.entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow();
        return String.format(Locale.ROOT, "the suite's own work is %.1f%% of the server's execution samples on "
                + "this endpoint, %.1f%% in `%s`.", percent(inSuite), percent(first.getValue()), first.getKey());
    }

    private String top(Map<String, Integer> counts) {
        StringBuilder line = new StringBuilder();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(5)
                .forEach(e -> line.append(line.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT,
                        "`%s` %.1f%%", e.getKey(), percent(e.getValue()))));
        return line.toString();
    }

    private double percent(int count) {
        return samples == 0 ? 0 : 100.0 * count / samples;
    }
}
