package dev.graph2doc.rehearse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Loads a {@code --dataset} into Neo4j as {@code cypher-shell -f} would: one statement per ';' at a line end, each
 * run as written (the file is the user's; the rehearsal adds no Cypher of its own).
 */
final class DatasetLoader {

    private DatasetLoader() {
    }

    /** The number of statements run. */
    static int load(Driver neo4j, Path dataset) throws IOException {
        String script = Files.readString(dataset);
        int statements = 0;
        try (Session session = neo4j.session()) {
            for (String statement : script.split(";\\s*(\\R|$)")) {
                if (!statement.isBlank()) {
                    session.run(statement).consume();
                    statements++;
                }
            }
        }
        return statements;
    }
}
