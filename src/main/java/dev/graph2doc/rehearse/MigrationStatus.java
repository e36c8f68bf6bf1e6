package dev.graph2doc.rehearse;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;

/**
 * What the operator reads off the control API while waiting: a tenant's copy progress ({@code GET /migration/copy})
 * and its repair backlog ({@code GET /migration}). A read that fails (an instance restarting, MongoDB down) answers
 * null or -1 and is simply asked again by the caller.
 */
final class MigrationStatus {

    private static final Duration POLL = Duration.ofMillis(250);

    private final Operator operator;

    MigrationStatus(Operator operator) {
        this.operator = operator;
    }

    /** Waits for every collection of the tenant to be COMPLETE; {done, total}, or null if not within {@code patience}. */
    long[] awaitCopy(String tenant, int collections, Duration patience) throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            JsonNode copy = operator.read("/migration/copy");
            if (copy != null && complete(copy, tenant, collections)) {
                return progress(copy, tenant);
            }
            Thread.sleep(POLL.toMillis());
        }
        return null;
    }

    private static boolean complete(JsonNode copy, String tenant, int collections) {
        int complete = 0;
        for (JsonNode c : copy.path("collections")) {
            if (c.path("tenant").asText().equals(tenant)) {
                if (!CopyStates.ended(c.path("state").asText())) {
                    return false; // a copy that ended with findings goes on to the gate, which names them
                }
                complete++;
            }
        }
        return complete == collections;
    }

    /** The tenant's copy as {done, total} documents, or null when it could not be read. */
    long[] copyProgress(String tenant) throws InterruptedException {
        JsonNode copy = operator.read("/migration/copy");
        return copy == null ? null : progress(copy, tenant);
    }

    private static long[] progress(JsonNode copy, String tenant) {
        long done = 0;
        long total = 0;
        for (JsonNode c : copy.path("collections")) {
            if (c.path("tenant").asText().equals(tenant)) {
                done += c.path("done").asLong();
                total += c.path("total").asLong();
            }
        }
        return new long[] {done, total};
    }

    /** The tenant's backlog from {@code GET /migration} (read from the outbox), or -1 while that cannot answer. */
    long backlog(String tenant) throws InterruptedException {
        JsonNode migration = operator.read("/migration");
        if (migration == null) {
            return -1;
        }
        for (JsonNode row : migration.path("tenants")) {
            if (row.path("tenant").asText().equals(tenant)) {
                return row.path("backlog").path("documents").asLong(-1);
            }
        }
        return -1;
    }
}
