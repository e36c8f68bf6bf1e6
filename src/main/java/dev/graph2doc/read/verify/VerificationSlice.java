package dev.graph2doc.read.verify;

import java.util.ArrayList;
import java.util.List;

/**
 * One tenant's collection within a verification run, as persisted after every batch: {@code checkpoint} is the last
 * key verified (null: none yet), {@code expected} the graph's root count when the slice began (for progress),
 * {@code pending} the keys a write raced, to be re-checked before the slice is done. Immutable; each step returns a
 * new slice.
 */
public record VerificationSlice(int index, String tenant, String collection, State state, Object checkpoint,
                                long expected, VerificationCounts counts, List<VerificationExample> examples,
                                List<Object> pending) {

    public enum State { PENDING, RUNNING, DONE }

    public VerificationSlice {
        examples = List.copyOf(examples);
        pending = List.copyOf(pending);
    }

    public static VerificationSlice pending(int index, String tenant, String collection) {
        return new VerificationSlice(index, tenant, collection, State.PENDING, null, 0, VerificationCounts.ZERO,
                List.of(), List.of());
    }

    public boolean done() {
        return state == State.DONE;
    }

    VerificationSlice begun(long expectedRoots) {
        return new VerificationSlice(index, tenant, collection, State.RUNNING, checkpoint, expectedRoots, counts,
                examples, pending);
    }

    VerificationSlice at(Object lastKey) {
        return new VerificationSlice(index, tenant, collection, state, lastKey, expected, counts, examples, pending);
    }

    VerificationSlice finished() {
        return new VerificationSlice(index, tenant, collection, State.DONE, checkpoint, expected, counts, examples,
                List.of());
    }

    /** The pending keys handed over for their re-check; its findings are recorded next. */
    VerificationSlice withoutPending() {
        return new VerificationSlice(index, tenant, collection, state, checkpoint, expected, counts, examples, List.of());
    }

    VerificationSlice repaired(long n) {
        return new VerificationSlice(index, tenant, collection, state, checkpoint, expected, counts.plusRepaired(n),
                examples, pending);
    }

    /** Counts each finding, keeps up to {@code maxExamples} keys per kind, and queues the raced keys. */
    VerificationSlice recorded(List<VerificationFinding> findings, int maxExamples) {
        VerificationCounts c = counts;
        List<VerificationExample> e = new ArrayList<>(examples);
        List<Object> p = new ArrayList<>(pending);
        for (VerificationFinding f : findings) {
            c = c.plus(f.kind());
            if (f.kind() == VerificationFinding.Kind.RACED) {
                p.add(f.key());
            } else if (f.kind() != VerificationFinding.Kind.MATCHED && f.kind() != VerificationFinding.Kind.GONE
                    && examplesOf(e, f.kind().label()) < maxExamples) {
                e.add(f.example());
            }
        }
        return new VerificationSlice(index, tenant, collection, state, checkpoint, expected, c, e, p);
    }

    private static long examplesOf(List<VerificationExample> examples, String kind) {
        return examples.stream().filter(x -> x.kind().equals(kind)).count();
    }
}
