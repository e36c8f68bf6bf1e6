package dev.graph2doc.testing;

import com.mongodb.client.MongoClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * The two stores an integration test works against — embedded or containers, the test cannot tell —
 * with drivers already connected and the properties that point graph2doc at them.
 */
public record TestStores(String kind, String neo4jUri, String neo4jPassword, String mongoUri,
                         Driver neo4j, MongoClient mongo) {

    private static final List<String> SYSTEM_DATABASES = List.of("admin", "config", "local");

    /** Configuration that makes graph2doc use these stores instead of starting its own, with the test tokens. */
    public Map<String, Object> properties() {
        return Map.of("neo4j.uri", neo4jUri, "neo4j.password", neo4jPassword == null ? "" : neo4jPassword,
                "mongodb.uri", mongoUri, TestTokens.PROPERTY, TestTokens.file().toString());
    }

    /** The environment that points a {@code graph2doc} process at these stores, with the test tokens. */
    public Map<String, String> environment() {
        return Map.of("NEO4J_URI", neo4jUri, "NEO4J_PASSWORD", neo4jPassword == null ? "" : neo4jPassword,
                "MONGODB_URI", mongoUri, TestTokens.VARIABLE, TestTokens.file().toString());
    }

    /** Loads the public movies graph (migrations/movies.cypher), one statement per ';' at a line end. */
    public void loadMovies() {
        String script;
        try {
            script = Files.readString(Path.of("migrations/movies.cypher"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Session session = neo4j.session()) {
            for (String statement : script.split(";\\s*(\\R|$)")) {
                if (!statement.isBlank()) {
                    session.run(statement).consume();
                }
            }
        }
    }

    /** Stores are shared by all test classes of a run; a test that needs them empty says so. */
    public void clear() {
        try (Session session = neo4j.session()) {
            session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
            // a test may build duplicate keys on purpose; the constraints an earlier test's prepare() made would refuse them
            session.run("SHOW CONSTRAINTS YIELD name WHERE name STARTS WITH 'g2d_' RETURN name").list(r -> r.get(0).asString())
                    .forEach(name -> session.run("DROP CONSTRAINT `" + name + "` IF EXISTS").consume());
        }
        for (String name : mongo.listDatabaseNames()) {
            if (!SYSTEM_DATABASES.contains(name)) {
                mongo.getDatabase(name).drop();
            }
        }
    }

    /**
     * Drops every constraint and index but the token lookups a new database has too, so that the next start-up
     * prepares the schema as on a fresh Neo4j ({@link #clear()} leaves the indexes, which later tests reuse).
     */
    public void dropSchema() {
        try (Session session = neo4j.session()) {
            session.run("SHOW CONSTRAINTS YIELD name RETURN name").list(r -> r.get(0).asString())
                    .forEach(name -> session.run("DROP CONSTRAINT `" + name + "` IF EXISTS").consume());
            session.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name").list(r -> r.get(0).asString())
                    .forEach(name -> session.run("DROP INDEX `" + name + "` IF EXISTS").consume());
        }
    }
}
