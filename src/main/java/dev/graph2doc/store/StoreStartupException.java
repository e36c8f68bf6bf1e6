package dev.graph2doc.store;

import java.util.List;

/**
 * The stores could not be reached or configured. Its message is meant for the operator as is: it names
 * each configuration key and value at fault and what to do next, one problem per line.
 */
public final class StoreStartupException extends RuntimeException {

    private final List<String> problems;

    public StoreStartupException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    public StoreStartupException(String problem) {
        this(List.of(problem));
    }

    public StoreStartupException(String problem, Throwable cause) {
        super(problem, cause);
        this.problems = List.of(problem);
    }

    public List<String> problems() {
        return problems;
    }
}
