package dev.statusproblems.responses.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.testsupport.CapturedLog;
import java.net.URI;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IncidentsTest {

    private CapturedLog log;

    @BeforeEach
    void capture() {
        log = CapturedLog.start();
    }

    @AfterEach
    void release() {
        log.close();
    }

    @Test
    void instanceIdIsARandomUuidUrn() {
        URI one = Incidents.newInstanceId();

        assertThat(one.toString()).matches("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(Incidents.newInstanceId()).isNotEqualTo(one);
    }

    @Test
    void serverErrorIsOneErrorLineWithTheIdAndTheStackTrace() {
        URI id = URI.create("urn:uuid:00000000-0000-4000-8000-000000000000");
        IllegalStateException cause = new IllegalStateException("db password=hunter2");

        Incidents.serverError(id, 500, "GET", "/shop/api/boom", cause, null);

        List<LogRecord> records = log.records();
        assertThat(records).hasSize(1);
        assertThat(records.get(0).getLevel()).isEqualTo(Level.SEVERE);
        assertThat(records.get(0).getMessage()).isEqualTo("status-problems: 500 Internal Server Error"
                + " urn:uuid:00000000-0000-4000-8000-000000000000 for GET /shop/api/boom");
        assertThat(records.get(0).getThrown()).isSameAs(cause);
    }
}
