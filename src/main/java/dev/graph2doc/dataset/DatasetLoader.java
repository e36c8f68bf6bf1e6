package dev.graph2doc.dataset;

import dev.graph2doc.store.neo4j.Neo4jGraphCensus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * Loads a {@code --dataset} into Neo4j as {@code cypher-shell -f} would: one statement per ';' at a line end, each
 * run as written (the file is the user's; graph2doc adds no Cypher of its own). A failure names the statement: its
 * number, the line it starts on and its first line, then what did not start and what to run again — the words of
 * the command that loads it ({@code rehearse}, {@code serve}, {@code stores}).
 */
public final class DatasetLoader {

    private final String notStarted;
    private final String again;

    /**
     * @param notStarted what a refused statement prevented, e.g. "No graph2doc instance was started"
     * @param again      the command to run once the file is fixed, e.g. "rehearse again"
     */
    public DatasetLoader(String notStarted, String again) {
        this.notStarted = notStarted;
        this.again = again;
    }

    /** Loads the file, then counts what the graph holds: what a command prints after loading. */
    public LoadedDataset loadCounted(Driver neo4j, Path dataset) throws IOException {
        int statements = load(neo4j, dataset);
        return new LoadedDataset(dataset, statements, new Neo4jGraphCensus(neo4j).count());
    }

    /**
     * The number of statements run.
     *
     * @throws DatasetRefusedException when Neo4j refuses a statement (the file needs fixing)
     * @throws IllegalStateException when Neo4j fails otherwise (unavailable, transient), naming the statement too
     */
    public int load(Driver neo4j, Path dataset) throws IOException {
        int run = 0;
        try (Session session = neo4j.session()) {
            for (DatasetStatements.Statement statement : DatasetStatements.split(Files.readString(dataset))) {
                try {
                    session.run(statement.text()).consume();
                } catch (ClientException e) {
                    throw new DatasetRefusedException(failed(dataset, statement, e, run)
                            + "; fix that statement in the file and " + again);
                } catch (Neo4jException e) {
                    throw new IllegalStateException(failed(dataset, statement, e, run)
                            + "; Neo4j failed, not the statement: check the store and " + again);
                }
                run++;
            }
        }
        return run;
    }

    private String failed(Path dataset, DatasetStatements.Statement statement, Neo4jException e, int run) {
        String reason = reason(e);
        return "--dataset = '" + dataset + "': " + statement.describe() + " failed: " + reason
                + (reason.endsWith(".") || reason.endsWith(")") ? "" : ".") + " " + notStarted + " (" + run
                + " statement(s) before it ran)";
    }

    /** Neo4j's code and message, e.g. "Neo.ClientError.Statement.SyntaxError: Can't create node `s` ...". */
    private static String reason(Neo4jException e) {
        String code = e.code() == null || e.code().isBlank() ? "" : e.code() + ": ";
        return code + text(e);
    }

    private static String text(Neo4jException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
    }
}
