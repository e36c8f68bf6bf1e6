package dev.graph2doc.store.mongo;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import dev.graph2doc.problem.Problem;
import dev.graph2doc.problem.ProblemMapper;
import dev.graph2doc.store.ServiceUnavailable;
import dev.graph2doc.store.StoreSettings;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * MongoDB out of reach on any endpoint — no server selected within the timeout (which covers a refused or cut
 * connection: the driver waits for a server first), or a socket failing mid-request — answers 503 naming MongoDB and
 * the cause, not a generic 500 (seen: {@code GET /migration/phases} on an instance cut off from MongoDB).
 */
@Singleton
final class MongoProblems implements ProblemMapper {

    @Override
    public Optional<Problem> problemFor(Throwable error) {
        return error instanceof MongoTimeoutException || error instanceof MongoSocketException
                ? Optional.of(ServiceUnavailable.unreachable("MongoDB", StoreSettings.MONGODB_URI, error))
                : Optional.empty();
    }
}
