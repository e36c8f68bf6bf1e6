package dev.graph2doc.store.neo4j;

import dev.graph2doc.store.StoreStartupException;
import java.util.Set;
import java.util.function.Consumer;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.RetryableException;

/**
 * Runs start-up's schema preparation (graph2doc's constraints and indexes) again when it lost a race with another
 * instance preparing the same schema: two {@code CREATE CONSTRAINT … IF NOT EXISTS} at one instant both take the
 * label's lock shared and then wait for it exclusively, and Neo4j aborts one as a deadlock (seen with two instances
 * started together on an empty Neo4j; {@code ConcurrentSchemaPreparationIT}). Every statement is idempotent, so it
 * runs again, after the waits of {@link GraphWriteRetry}, one log line per retry. Callers retry each rule on its own:
 * retrying the whole preparation let two instances collide again on every label, up to 5 attempts of 6 in one run.
 */
final class SchemaPreparation {

    /** Another instance created the same rule between our check and our creation: the next attempt sees it exists. */
    static final Set<String> RACES = Set.of("Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists",
            "Neo.ClientError.Schema.IndexAlreadyExists", "Neo.ClientError.Schema.IndexWithNameAlreadyExists",
            "Neo.ClientError.Schema.ConstraintAlreadyExists", "Neo.ClientError.Schema.ConstraintWithNameAlreadyExists");

    private final GraphWriteRetry retry = new GraphWriteRetry("neo4j-schema", "Neo4j schema preparation",
            SchemaPreparation::retryable);

    /** Runs {@code statements}, each attempt in a new session, until they succeed, fail for good, or run out of attempts. */
    void prepare(String what, Driver driver, Consumer<Session> statements) {
        try {
            retry.execute(() -> {
                try (Session session = driver.session()) {
                    statements.accept(session);
                }
                return null;
            });
        } catch (RuntimeException e) {
            if (!retryable(e)) {
                throw e;
            }
            throw new StoreStartupException("Neo4j: preparing " + what + " failed " + GraphWriteRetry.MAX_ATTEMPTS
                    + " times, the last with " + GraphWriteRetry.reason(e) + ". Other instances starting at the same "
                    + "moment hold the schema locks, or Neo4j is unreachable: start this instance again once Neo4j "
                    + "answers (the preparation is idempotent), or start the instances one after another.", e);
        }
    }

    static boolean retryable(Throwable failure) {
        return failure instanceof RetryableException || isRace(failure);
    }

    static boolean isRace(Throwable failure) {
        return failure instanceof ClientException c && RACES.contains(c.code());
    }
}
