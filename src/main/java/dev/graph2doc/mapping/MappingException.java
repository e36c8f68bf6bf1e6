package dev.graph2doc.mapping;

import java.util.List;
import java.util.stream.Collectors;

/** A mapping that cannot be used, with every problem found (not just the first), one per line. */
public final class MappingException extends RuntimeException {

    private final List<MappingProblem> problems;

    public MappingException(List<MappingProblem> problems) {
        super(problems.size() + " problem(s) in the mapping:" + System.lineSeparator()
                + problems.stream().map(p -> "  " + p.format()).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    public List<MappingProblem> problems() {
        return problems;
    }
}
