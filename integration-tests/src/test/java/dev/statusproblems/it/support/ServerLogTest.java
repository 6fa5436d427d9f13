package dev.statusproblems.it.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerLogTest {

    @TempDir
    Path dir;

    @Test
    void linesWrittenBeforeTheMarkAreNotSeen() throws IOException {
        Path file = log("ERROR old urn:uuid:1\n");
        ServerLog log = ServerLog.fromNow(file);

        append(file, "INFO new\n");

        assertThat(log.lines()).containsExactly("INFO new");
        assertThat(log.find("urn:uuid:1")).isEmpty();
    }

    @Test
    void awaitReturnsTheLineWrittenAfterTheMark() throws Exception {
        Path file = log("INFO boot\n");
        ServerLog log = ServerLog.fromNow(file);

        append(file, "INFO a\nERROR status-problems: 500 Internal Server Error urn:uuid:2 for GET /x\n");

        assertThat(log.await("urn:uuid:2", Duration.ofSeconds(5)))
                .isEqualTo("ERROR status-problems: 500 Internal Server Error urn:uuid:2 for GET /x");
    }

    @Test
    void awaitFailsNamingWhatItWaitedFor() throws IOException {
        ServerLog log = ServerLog.fromNow(log("INFO boot\n"));

        assertThatThrownBy(() -> log.await("urn:uuid:3", Duration.ofMillis(50)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("\"urn:uuid:3\"");
    }

    @Test
    void rotatedLogIsReadFromItsStart() throws IOException {
        Path file = log("INFO a long line written before the rotation\n");
        ServerLog log = ServerLog.fromNow(file);

        Files.writeString(file, "INFO fresh\n", StandardCharsets.UTF_8);

        assertThat(log.lines()).containsExactly("INFO fresh");
    }

    @Test
    void logNotYetCreatedIsEmpty() {
        ServerLog log = ServerLog.fromNow(dir.resolve("server.log"));

        assertThat(log.lines()).isEmpty();
    }

    private Path log(String content) throws IOException {
        return Files.writeString(dir.resolve("server.log"), content, StandardCharsets.UTF_8);
    }

    private static void append(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
