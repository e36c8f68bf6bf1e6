package dev.graph2doc.phase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhaseTransitionTest {

    @Test
    void shouldAllowExactlyTheForwardWalkAndTheStepBacksOfTheDesign() {
        List<String> allowed = new java.util.ArrayList<>();
        for (Phase from : Phase.values()) {
            for (Phase to : Phase.values()) {
                PhaseTransition.between(from, to).ifPresent(t -> allowed.add(from + ">" + to));
            }
        }

        assertThat(allowed).containsExactlyInAnyOrder("GRAPH_ONLY>COPY", "COPY>FORK_WRITES", "FORK_WRITES>SWAP_READS",
                "SWAP_READS>COMPARE", "COMPARE>UNFORKED", "COPY>GRAPH_ONLY", "FORK_WRITES>GRAPH_ONLY",
                "SWAP_READS>FORK_WRITES", "COMPARE>SWAP_READS", "COMPARE>FORK_WRITES");
    }

    @Test
    void shouldListForwardBeforeStepBacksWhenAskedWhatComesNext() {
        assertThat(PhaseTransition.allowedFrom(Phase.GRAPH_ONLY)).containsExactly(Phase.COPY);
        assertThat(PhaseTransition.allowedFrom(Phase.COPY)).containsExactly(Phase.FORK_WRITES, Phase.GRAPH_ONLY);
        assertThat(PhaseTransition.allowedFrom(Phase.COMPARE))
                .containsExactly(Phase.UNFORKED, Phase.SWAP_READS, Phase.FORK_WRITES);
        assertThat(PhaseTransition.allowedFrom(Phase.UNFORKED)).isEmpty();
    }

    @Test
    void shouldMarkOnlyTheWalkTowardsUnforkedAsForward() {
        assertThat(List.of(PhaseTransition.values())).filteredOn(PhaseTransition::forward).extracting(PhaseTransition::to)
                .containsExactly(Phase.COPY, Phase.FORK_WRITES, Phase.SWAP_READS, Phase.COMPARE, Phase.UNFORKED);
    }

    @Test
    void shouldNameThePhasesAndTheAllowedNextOnesWhenRefusing() {
        assertThat(PhaseTransition.refusal("acme", Phase.COPY, Phase.SWAP_READS)).isEqualTo(
                "Cannot move tenant 'acme' from COPY to SWAP_READS: allowed next phases are [FORK_WRITES, GRAPH_ONLY].");
        assertThat(PhaseTransition.refusal("acme", Phase.COPY, Phase.COPY)).isEqualTo(
                "Cannot move tenant 'acme' from COPY to COPY: it is already in COPY; allowed next phases are "
                        + "[FORK_WRITES, GRAPH_ONLY].");
    }

    @Test
    void shouldSayThereIsNoWayBackWhenRefusingAMoveFromUnforked() {
        assertThat(PhaseTransition.refusal("acme", Phase.UNFORKED, Phase.COMPARE)).isEqualTo(
                "Cannot move tenant 'acme' from UNFORKED to COMPARE: UNFORKED is the point of no return: "
                        + "Neo4j is no longer written, there is no way back.");
    }
}
