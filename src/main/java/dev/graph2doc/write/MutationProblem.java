package dev.graph2doc.write;

/** Why the mutation at {@code index} of a batch cannot be applied. */
public record MutationProblem(int index, String reason) {
}
