package dev.graph2doc.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.graph2doc.phase.FencedException;
import dev.graph2doc.phase.Phase;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FencedReadsTest {

    @Test
    void shouldRefuseAReadWhenFencedInAPhaseOthersMayHaveLeft() {
        FencedReads reads = new FencedReads(t -> Phase.COMPARE, () -> Optional.of("no heartbeat for 2.0 s"));
        assertThatThrownBy(() -> reads.phaseOf("acme")).isInstanceOf(FencedException.class)
                .hasMessageContaining("serve this read of tenant 'acme' (last known phase COMPARE)");
    }

    @Test
    void shouldServeAReadWhenFencedInUnforkedWhichNoTransitionLeaves() {
        assertThat(new FencedReads(t -> Phase.UNFORKED, () -> Optional.of("cut off")).phaseOf("acme"))
                .isEqualTo(Phase.UNFORKED);
    }

    @Test
    void shouldServeAReadWhenNotFenced() {
        assertThat(new FencedReads(t -> Phase.FORK_WRITES, Optional::empty).phaseOf("acme")).isEqualTo(Phase.FORK_WRITES);
    }
}
