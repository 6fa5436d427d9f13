package dev.statusproblems.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletOutputStream;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A success body streams through the filter byte for byte and unbuffered: the test JVM has a
 * 128 MB heap (see the pom), smaller than the body.
 */
final class StreamingTest {

    private static final long SIZE = 192L * 1024 * 1024;
    private static final int CHUNK = 64 * 1024;
    private static final long SEED = 9457;

    private static JettyApp app;

    @BeforeAll
    static void start() throws Exception {
        app = JettyApp.start(Map.of(), context -> JettyApp.route(context, "/download", Endpoint.of((req, res) -> {
            res.setContentType("application/octet-stream");
            ServletOutputStream out = res.getOutputStream();
            SplittableRandom random = new SplittableRandom(SEED);
            byte[] chunk = new byte[CHUNK];
            for (long written = 0; written < SIZE; written += CHUNK) {
                fill(random, chunk);
                out.write(chunk);
            }
        })));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static void fill(SplittableRandom random, byte[] chunk) {
        for (int i = 0; i < chunk.length; i += 8) {
            long value = random.nextLong();
            for (int j = 0; j < 8; j++) {
                chunk[i + j] = (byte) (value >>> (8 * j));
            }
        }
    }

    @Test
    void largeSuccessBodyStreamsThroughUnchanged() throws Exception {
        MessageDigest expected = MessageDigest.getInstance("SHA-256");
        SplittableRandom random = new SplittableRandom(SEED);
        byte[] chunk = new byte[CHUNK];
        for (long n = 0; n < SIZE; n += CHUNK) {
            fill(random, chunk);
            expected.update(chunk);
        }

        HttpResponse<InputStream> response = Http.stream(app.uri("/download"), HttpResponse.BodyHandlers.ofInputStream());

        MessageDigest actual = MessageDigest.getInstance("SHA-256");
        long received = 0;
        try (InputStream in = response.body()) {
            byte[] buffer = new byte[CHUNK];
            for (int n; (n = in.read(buffer)) > 0; ) {
                actual.update(buffer, 0, n);
                received += n;
            }
        }
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
        assertThat(received).isEqualTo(SIZE);
        assertThat(HexFormat.of().formatHex(actual.digest())).isEqualTo(HexFormat.of().formatHex(expected.digest()));
    }
}
