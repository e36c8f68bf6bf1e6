package dev.graph2doc.write;

import java.util.List;

/** A batch refused as a whole: every problem found, nothing applied to either store. */
public class MutationRejectedException extends RuntimeException {

    private final transient List<MutationProblem> problems;

    public MutationRejectedException(List<MutationProblem> problems) {
        super(problems.size() + " invalid mutation(s), nothing applied: " + problems.stream()
                .map(p -> "[" + p.index() + "] " + p.reason()).reduce((a, b) -> a + "; " + b).orElse(""));
        this.problems = List.copyOf(problems);
    }

    public static MutationRejectedException of(int index, String reason) {
        return new MutationRejectedException(List.of(new MutationProblem(index, reason)));
    }

    public List<MutationProblem> problems() {
        return problems;
    }
}
