package dev.graph2doc.rehearse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InstanceTurnsTest {

    private ChildService a;
    private ChildService b;
    private InstanceTurns turns;

    @BeforeEach
    void instances() throws Exception {
        a = new ChildService("a", Path.of("a.log"), Map.of(), "Main", List.of());
        b = new ChildService("b", Path.of("b.log"), Map.of(), "Main", List.of());
        turns = new InstanceTurns(List.of(a, b));
    }

    @Test
    void shouldTakeTheDrawnInstanceWhenItIsFree() {
        assertThat(turns.tryTake(1)).contains(b);
    }

    @Test
    void shouldTakeTheNextFreeInstanceWhenTheDrawnOneIsUnderAnotherFault() {
        turns.tryTake(1);

        assertThat(turns.tryTake(1)).contains(a);
    }

    @Test
    void shouldTakeNoneWhenEveryInstanceIsUnderAFaultUntilOneIsGivenBack() throws Exception {
        turns.tryTake(0);
        turns.tryTake(0);

        assertThat(turns.take(0, Instant.now())).as("the window closed").isEmpty();
        turns.give(b);
        assertThat(turns.tryTake(0)).contains(b);
    }
}
