package dev.graph2doc.dataset;

/**
 * Neo4j refused a statement of the {@code --dataset} file (syntax, semantics, a constraint): the file needs fixing.
 * {@code rehearse} treats it as bad input (exit 2); {@code serve} and {@code stores} as a failed start (exit 1).
 */
public final class DatasetRefusedException extends IllegalArgumentException {

    DatasetRefusedException(String message) {
        super(message);
    }
}
