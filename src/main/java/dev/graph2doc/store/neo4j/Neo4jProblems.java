package dev.graph2doc.store.neo4j;

import dev.graph2doc.problem.Problem;
import dev.graph2doc.problem.ProblemMapper;
import dev.graph2doc.store.ServiceUnavailable;
import dev.graph2doc.store.StoreSettings;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * Neo4j out of reach on any endpoint — no connection within the timeout, or a connection lost mid-request (after the
 * driver's own brief retry) — answers 503 naming Neo4j and the cause, not a generic 500.
 */
@Singleton
final class Neo4jProblems implements ProblemMapper {

    @Override
    public Optional<Problem> problemFor(Throwable error) {
        return error instanceof ServiceUnavailableException || error instanceof SessionExpiredException
                ? Optional.of(ServiceUnavailable.unreachable("Neo4j", StoreSettings.NEO4J_URI, error))
                : Optional.empty();
    }
}
