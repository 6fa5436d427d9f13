package dev.statusproblems.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.runner.RunnerException;

/**
 * Runs the benchmarks and writes their figures as one Markdown file:
 * {@code java -jar benchmarks.jar OUTPUT.md [--quick[=true|false]] [--codecs=false] [--readme README.md]
 * [--wildfly DIR --jars A.jar,B.jar,... --peer-jars C.jar,D.jar,... --work DIR]}.
 * Without {@code --wildfly} the server benchmark does not run, and with {@code --codecs=false} the
 * codec benchmarks do not: the section of an existing {@code OUTPUT.md} is then kept, marked with the
 * date of the run it comes from. With {@code --readme}, the targets of what ran replace their block in
 * that README ({@link Summary}).
 */
public final class Report {

    private static final String CODECS_HEADING = "## Codecs (JMH)\n\n";
    private static final String CODECS_INTRO = "One problem (the RFC 9457 example: the five members and two "
            + "extensions) written and read by our codecs and by the alternatives a user would pick instead: "
            + "zalando's `Problem` and Spring's `ProblemDetail`, both on Jackson (the benchmark checks that all "
            + "write the same document). Beside it: the problem the suite sends most (`about:blank`, a registered "
            + "status's title, a detail and an instance), the floor of copying a document's bytes "
            + "rendered beforehand to the same stream, and what building a problem's exception "
            + "costs.\n\n";
    private static final String TRACES_HEADING = "## Traces on the error path (JMH)\n\n";
    private static final String TRACES_INTRO = "The pipeline answering a 500 (`ErrorPath`: the suite's defaults, a "
            + "JAX-RS request, the log line switched off) where the OpenTelemetry API is absent (a copy of the "
            + "pipeline in a class loader without it: WildFly's default configuration, Tomcat, Jetty), where it is "
            + "there and nothing is traced (idle: Payara without telemetry), and where an SDK span is current and "
            + "recording (traced: it gets the problem's attributes and status).\n\n";
    private static final String SERVER_HEADING = "## On a real server (WildFly)\n\n";
    private static final String WRITTEN_ON = "Written by `Report` (benchmarks module) on ";

    private Report() {
    }

    /** Entry point. */
    public static void main(String[] args) throws IOException, RunnerException {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        boolean quick = rest.remove("--quick") | rest.remove("--quick=true");
        rest.remove("--quick=false");
        boolean runCodecs = !rest.remove("--codecs=false");
        rest.remove("--codecs=true");
        String wildfly = option(rest, "--wildfly");
        String jars = option(rest, "--jars");
        String peerJars = option(rest, "--peer-jars");
        String readme = option(rest, "--readme");
        String work = option(rest, "--work");
        if (rest.size() > 1 || rest.stream().anyMatch(a -> a.startsWith("--"))
                || (wildfly != null && (jars == null || peerJars == null))) {
            throw new IllegalArgumentException("usage: OUTPUT.md [--quick] [--codecs=false] [--readme README.md]"
                    + " [--wildfly DIR --jars A.jar,B.jar,... --peer-jars C.jar,D.jar,... [--work DIR]]; got "
                    + Arrays.toString(args));
        }
        Path output = Path.of(rest.isEmpty() ? "RESULTS.md" : rest.get(0));
        Instant began = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String earlier = Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
        String machine = Machine.markdown();

        List<Summary.Target> codecTargets = new ArrayList<>();
        String codecs = runCodecs ? CodecReport.run(quick, codecTargets)
                : earlierSection(earlier.replace(CODECS_HEADING + CODECS_INTRO, CODECS_HEADING), CODECS_HEADING,
                        "the codecs");
        String traces = runCodecs ? TracesReport.run(quick)
                : earlierSection(earlier.replace(TRACES_HEADING + TRACES_INTRO, TRACES_HEADING), TRACES_HEADING,
                        "the traces");
        String server = null;
        List<Summary.Target> serverTargets = List.of();
        if (wildfly != null) {
            Path workDir = Path.of(work == null ? "target" : work);
            Files.createDirectories(workDir);
            ServerReport report = new ServerReport(Path.of(wildfly), paths(jars), paths(peerJars), workDir, quick);
            server = report.run();
            serverTargets = report.targets();
        } else {
            server = earlierSection(earlier, SERVER_HEADING, "the server");
        }

        StringBuilder md = new StringBuilder();
        md.append("# Benchmark results\n\n")
                .append(WRITTEN_ON).append(began).append(quick
                        ? ", in quick mode (shorter runs: indicative figures only)" : "")
                .append(". Every figure of a comparison comes from the same run on the same machine, side by "
                        + "side; read the ratios, not the absolute numbers, which depend on the machine and on "
                        + "what else it was doing.\n\n")
                .append("## Machine\n\n").append(machine).append('\n')
                .append(CODECS_HEADING)
                .append(CODECS_INTRO)
                .append(codecs == null ? "_Not measured in this run._\n" : codecs).append('\n')
                .append(TRACES_HEADING)
                .append(TRACES_INTRO)
                .append(traces == null ? "_Not measured in this run._\n" : traces).append('\n');
        if (server != null) {
            md.append(SERVER_HEADING).append(server).append('\n');
        }
        md.append("## How to reproduce\n\n")
                .append("From the repository root, with JDK 17+ and nothing listening on 127.0.0.1:8280 or :10190:\n\n")
                .append("```\n./mvnw -B -Pbench -pl benchmarks -am verify\n```\n\n")
                .append("This builds the suite's jars, unpacks WildFly from Maven Central into `benchmarks/target`, "
                        + "runs the JMH codec benchmarks, then starts WildFly on 127.0.0.1 (port offset 200), "
                        + "deploys `with.war`, `without.war` and `zalando.war`, measures, stops the server and "
                        + "writes this file (`benchmarks/RESULTS.md`). `-Dbench.quick=true` shortens every run (for "
                        + "trying the command, not for figures); `-Dbench.codecs=false` skips the codec benchmarks "
                        + "and keeps their section of this file. The server's console is in "
                        + "`benchmarks/target/wildfly-bench.log`.\n\n")
                .append("The codec benchmarks alone, with no server (the server section of this file is then kept "
                        + "from its run):\n\n")
                .append("```\n./mvnw -B -pl benchmarks -am package -DskipTests\n"
                        + "java -jar benchmarks/target/benchmarks.jar benchmarks/RESULTS.md\n```\n");
        Files.writeString(output, md.toString(), StandardCharsets.UTF_8);
        System.out.println("Wrote " + output.toAbsolutePath());
        if (readme != null) {
            String date = began + (quick ? " (quick mode)" : "");
            summary(Path.of(readme), "codecs", runCodecs, date, codecTargets);
            summary(Path.of(readme), "server", wildfly != null, date, serverTargets);
        }
    }

    /**
     * The section under {@code heading} of an earlier output, headed with the date of its run; {@code null}
     * if none. {@code what} names what this run did not measure.
     */
    private static String earlierSection(String earlier, String heading, String what) {
        int start = earlier.indexOf(heading);
        if (start < 0) {
            return null;
        }
        int end = earlier.indexOf("\n## ", start + heading.length());
        String section = earlier.substring(start + heading.length(), end < 0 ? earlier.length() : end + 1);
        Matcher written = Pattern.compile(Pattern.quote(WRITTEN_ON) + "(\\S+?)[.,]").matcher(earlier);
        String date = written.find() ? written.group(1) : "an earlier run";
        if (section.startsWith("_Kept from ")) {
            return section.strip() + "\n"; // already marked with the date of its own run
        }
        return "_Kept from the run of " + date + ": this run did not measure " + what + "._\n\n"
                + section.strip() + "\n";
    }

    /** Writes a part's targets into the README, if this run measured that part. */
    private static void summary(Path readme, String part, boolean measured, String date, List<Summary.Target> targets)
            throws IOException {
        if (!measured) {
            return;
        }
        if (!Summary.write(readme, part, date, targets)) {
            System.out.println("No <!-- benchmarks:" + part + " begin --> block in " + readme + ": not updated");
        } else {
            System.out.println("Wrote the " + part + " summary into " + readme.toAbsolutePath());
        }
    }

    private static List<Path> paths(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(Path::of).toList();
    }

    private static String option(List<String> args, String name) {
        int at = args.indexOf(name);
        if (at < 0) {
            return null;
        }
        if (at + 1 >= args.size()) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        String value = args.remove(at + 1);
        args.remove(at);
        return value;
    }
}
