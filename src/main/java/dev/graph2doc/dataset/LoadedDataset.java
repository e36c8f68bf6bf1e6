package dev.graph2doc.dataset;

import dev.graph2doc.store.GraphCensus;
import java.nio.file.Path;

/** A dataset file loaded: how many statements ran and what the graph holds afterwards. */
public record LoadedDataset(Path file, int statements, GraphCensus census) {

    /** "loaded migrations/movies.cypher (12 statements): 171 nodes (Movie 38, Person 133), 253 relationships (...)". */
    public String summary() {
        return "loaded " + file + " (" + statements + " statements): " + census.describe();
    }
}
