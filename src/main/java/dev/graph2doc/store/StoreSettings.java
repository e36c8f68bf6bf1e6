package dev.graph2doc.store;

import dev.graph2doc.config.CheckedProperties;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the stores are. Both URIs unset: graph2doc starts embedded stores. Both set: it uses those
 * servers and starts nothing embedded. One without the other is refused, so that a forgotten variable
 * never sends a production migration into a throw-away embedded store.
 */
@Singleton
public record StoreSettings(
        @Nullable @Value("${neo4j.uri:}") String neo4jUri,
        @Value("${neo4j.username:neo4j}") String neo4jUsername,
        @Nullable @Value("${neo4j.password:}") String neo4jPassword,
        @Nullable @Value("${mongodb.uri:}") String mongoUri,
        @Nullable @Value("${graph2doc.embedded.data-dir:}") String dataDir,
        @Value("${graph2doc.startup.connect-timeout:10s}") Duration connectTimeout) implements CheckedProperties {

    public static final String NEO4J_URI = "neo4j.uri (NEO4J_URI)";
    public static final String MONGODB_URI = "mongodb.uri (MONGODB_URI)";

    public boolean embedded() {
        return isBlank(neo4jUri) && isBlank(mongoUri);
    }

    public @Nullable Path dataPath() {
        return isBlank(dataDir) ? null : Path.of(dataDir);
    }

    /** Every problem at once, each naming the key, the value and the fix; empty when usable. */
    @Override
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (isBlank(neo4jUri) != isBlank(mongoUri)) {
            String set = isBlank(neo4jUri) ? MONGODB_URI : NEO4J_URI;
            String unset = isBlank(neo4jUri) ? NEO4J_URI : MONGODB_URI;
            problems.add(set + " is set but " + unset + " is not: set both to use real servers, "
                    + "or neither to start embedded stores.");
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            problems.add("graph2doc.startup.connect-timeout = " + connectTimeout
                    + " must be positive, e.g. 10s.");
        }
        return problems;
    }

    static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
