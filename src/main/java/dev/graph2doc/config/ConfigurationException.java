package dev.graph2doc.config;

import java.util.List;

/** The configuration cannot be used: every problem found, one per line, each naming its key and value. */
public final class ConfigurationException extends RuntimeException {

    private final List<String> problems;

    public ConfigurationException(List<String> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    /** One problem on one line, as every other start-up failure; several as a list under a count. */
    private static String message(List<String> problems) {
        if (problems.size() == 1) {
            return problems.get(0);
        }
        return problems.size() + " configuration problem(s); fix them and start again:" + System.lineSeparator()
                + String.join(System.lineSeparator(), problems.stream().map(p -> "- " + p).toList());
    }

    public List<String> problems() {
        return problems;
    }
}
