package dev.graph2doc.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/** Lets a test hold one transaction open and know, from Neo4j itself, when another one waits for its lock. */
public final class Neo4jLocks {

    private Neo4jLocks() {
    }

    /**
     * Until some transaction waits for a lock ({@code SHOW TRANSACTIONS}), or {@code done} holds, polling every 20 ms
     * for at most 30 s; true when one waits.
     */
    public static boolean awaitBlocked(Driver neo4j, BooleanSupplier done) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        try (Session session = neo4j.session()) {
            while (Instant.now().isBefore(deadline) && !done.getAsBoolean()) {
                if (session.run("SHOW TRANSACTIONS YIELD status WHERE status STARTS WITH 'Blocked' RETURN count(*) AS n")
                        .single().get("n").asLong() > 0) {
                    return true;
                }
                Thread.sleep(20);
            }
        }
        return false;
    }
}
