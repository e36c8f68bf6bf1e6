package dev.graph2doc.phase;

import static dev.graph2doc.phase.Phase.COMPARE;
import static dev.graph2doc.phase.Phase.COPY;
import static dev.graph2doc.phase.Phase.FORK_WRITES;
import static dev.graph2doc.phase.Phase.GRAPH_ONLY;
import static dev.graph2doc.phase.Phase.SWAP_READS;
import static dev.graph2doc.phase.Phase.UNFORKED;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Every move a tenant may make between phases, as data: the forward walk first, then the step-backs. */
public enum PhaseTransition {
    GRAPH_ONLY_TO_COPY(GRAPH_ONLY, COPY),
    COPY_TO_FORK_WRITES(COPY, FORK_WRITES),
    FORK_WRITES_TO_SWAP_READS(FORK_WRITES, SWAP_READS),
    SWAP_READS_TO_COMPARE(SWAP_READS, COMPARE),
    COMPARE_TO_UNFORKED(COMPARE, UNFORKED),
    COPY_TO_GRAPH_ONLY(COPY, GRAPH_ONLY),
    FORK_WRITES_TO_GRAPH_ONLY(FORK_WRITES, GRAPH_ONLY),
    SWAP_READS_TO_FORK_WRITES(SWAP_READS, FORK_WRITES),
    COMPARE_TO_SWAP_READS(COMPARE, SWAP_READS),
    COMPARE_TO_FORK_WRITES(COMPARE, FORK_WRITES);

    private final Phase from;
    private final Phase to;

    PhaseTransition(Phase from, Phase to) {
        this.from = from;
        this.to = to;
    }

    public Phase from() {
        return from;
    }

    public Phase to() {
        return to;
    }

    public boolean forward() {
        return to.compareTo(from) > 0;
    }

    public static Optional<PhaseTransition> between(Phase from, Phase to) {
        return Arrays.stream(values()).filter(t -> t.from == from && t.to == to).findFirst();
    }

    /** The phases a tenant in {@code from} may move to, forward first. */
    public static List<Phase> allowedFrom(Phase from) {
        return Arrays.stream(values()).filter(t -> t.from == from).map(PhaseTransition::to).toList();
    }

    /** Why {@code tenant} cannot move from {@code from} to {@code to}, naming the phases it may move to. */
    public static String refusal(String tenant, Phase from, Phase to) {
        String head = "Cannot move tenant '" + tenant + "' from " + from + " to " + to + ": ";
        if (from == UNFORKED) {
            return head + "UNFORKED is the point of no return: Neo4j is no longer written, there is no way back.";
        }
        String already = from == to ? "it is already in " + from + "; " : "";
        return head + already + "allowed next phases are " + allowedFrom(from) + ".";
    }
}
