package dev.graph2doc.rehearse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class RequestStatsTest {

    private static final URI A = URI.create("http://127.0.0.1:1");

    @Test
    void shouldCountFailuresWhileTheNeededStoreWasDownApartWhenRecorded() {
        RequestStats stats = new RequestStats();

        stats.record("COMPARE", true, new ApiClient.Answer(200, "{}", 1000, 0, A), "write", false);
        stats.record("COMPARE", true, new ApiClient.Answer(503, "{}", 1000, 0, A), "write", true);
        stats.record("COMPARE", false, new ApiClient.Answer(500, "{}", 1000, 0, A), "read", false);

        assertThat(stats.requests()).isEqualTo(3);
        assertThat(stats.acknowledgedWrites()).isEqualTo(1);
        assertThat(stats.failed()).isEqualTo(2);
        assertThat(stats.failedWhilePrimaryDown()).isEqualTo(1);
        assertThat(stats.failedUnexcused()).isEqualTo(1);
    }

    @Test
    void shouldListTheFailuresThatFailTheRehearsalFirstWhenManyFellWhileTheStoreWasDown() {
        RequestStats stats = new RequestStats();
        for (int i = 0; i < 30; i++) {
            stats.record("COPY", false, new ApiClient.Answer(503, "down", 1000, 0, A), "read " + i, true);
        }
        stats.record("UNFORKED", true, new ApiClient.Answer(409, "lock held", 1000, 0, A), "the write", false);

        assertThat(stats.failureExamples()).hasSize(21);
        assertThat(stats.failureExamples().get(0)).isEqualTo("UNFORKED the write -> 409 lock held");
        assertThat(stats.failureExamples().get(1)).endsWith("(while the store it needed was down for " + A + ")");
    }

    @Test
    void shouldCountTheAllowedFailuresPerStoreWhenTheStoreThatWasDownIsNamed() {
        RequestStats stats = new RequestStats();

        stats.record("COMPARE", true, new ApiClient.Answer(503, "{}", 1000, 0, A), "write", Outages.Store.NEO4J);
        stats.record("COMPARE", true, new ApiClient.Answer(503, "{}", 1000, 0, A), "write", Outages.Store.NEO4J);
        stats.record("UNFORKED", false, new ApiClient.Answer(503, "{}", 1000, 0, A), "read", Outages.Store.MONGODB);
        stats.record("UNFORKED", false, new ApiClient.Answer(200, "{}", 1000, 0, A), "read", Outages.Store.MONGODB);
        stats.record("UNFORKED", false, new ApiClient.Answer(500, "{}", 1000, 0, A), "read", (Outages.Store) null);

        assertThat(stats.failedWhileDown(Outages.Store.NEO4J)).isEqualTo(2);
        assertThat(stats.failedWhileDown(Outages.Store.MONGODB)).as("a success is no failure").isEqualTo(1);
        assertThat(stats.failedWhilePrimaryDown()).isEqualTo(3);
        assertThat(stats.failedUnexcused()).isEqualTo(1);
    }
}
