package dev.statusproblems.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryTest {

    @TempDir
    Path folder;

    @Test
    void aPartsBlockIsReplacedAndTheRestOfTheReadmeKept() throws IOException {
        Path readme = folder.resolve("README.md");
        Files.writeString(readme, "before\n"
                + "<!-- benchmarks:server begin: old -->\n| old |\n<!-- benchmarks:server end -->\n"
                + "<!-- benchmarks:codecs begin -->\n| codecs |\n<!-- benchmarks:codecs end -->\nafter\n",
                StandardCharsets.UTF_8);

        boolean written = Summary.write(readme, "server", "2026-12-01T22:00:00Z",
                List.of(new Summary.Target("2xx, with / without", "0.990 [0.980–1.000]", "≥ 0.97, met")));

        assertThat(written).isTrue();
        assertThat(Files.readString(readme, StandardCharsets.UTF_8)).isEqualTo("before\n"
                + "<!-- benchmarks:server begin: written by Report from the run of 2026-12-01T22:00:00Z -->\n"
                + "| measure | figure | target |\n|---|---:|---|\n"
                + "| 2xx, with / without | 0.990 [0.980–1.000] | ≥ 0.97, met |\n"
                + "<!-- benchmarks:server end -->\n"
                + "<!-- benchmarks:codecs begin -->\n| codecs |\n<!-- benchmarks:codecs end -->\nafter\n");
    }

    @Test
    void aReadmeWithoutThePartsBlockIsLeftAsItIs() throws IOException {
        Path readme = folder.resolve("README.md");
        Files.writeString(readme, "no block here\n", StandardCharsets.UTF_8);

        assertThat(Summary.write(readme, "server", "2026-12-01T22:00:00Z", List.of())).isFalse();
        assertThat(Files.readString(readme, StandardCharsets.UTF_8)).isEqualTo("no block here\n");
    }
}
