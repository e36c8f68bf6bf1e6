package dev.graph2doc.rehearse;

/**
 * Neo4j refused a statement of the {@code --dataset} file (syntax, semantics, a constraint): bad input, like a bad
 * option, so {@code rehearse} exits 2 with this sentence before any graph2doc instance starts.
 */
public final class DatasetRefusedException extends IllegalArgumentException {

    DatasetRefusedException(String message) {
        super(message);
    }
}
