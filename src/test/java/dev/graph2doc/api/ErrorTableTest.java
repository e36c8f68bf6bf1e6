package dev.graph2doc.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.phase.FencedException;
import dev.graph2doc.phase.TransitionRefusedException;
import dev.graph2doc.problem.Problem;
import dev.graph2doc.read.UnknownCollectionException;
import dev.graph2doc.write.MutationProblem;
import dev.graph2doc.write.MutationRejectedException;
import dev.graph2doc.write.StoreUnavailableException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorTableTest {

    private final ErrorTable table = new ErrorTable();

    @Test
    void shouldAnswer400WithEveryProblemWhenABatchIsRejected() {
        Problem p = table.problemFor(new MutationRejectedException(List.of(new MutationProblem(2, "unknown label 'X'"))))
                .orElseThrow();

        assertThat(p.status().getCode()).isEqualTo(400);
        assertThat(p.body()).containsEntry("problems", List.of(Map.of("index", 2, "reason", "unknown label 'X'")));
    }

    @Test
    void shouldAnswer503WithRetryAfterOneAndFencedWhenTheInstanceIsFenced() {
        Problem p = table.problemFor(new FencedException("write", "no heartbeat since 12:00")).orElseThrow();

        assertThat(p.status().getCode()).isEqualTo(503);
        assertThat(p.headers()).containsEntry("Retry-After", "1");
        assertThat(p.body()).containsEntry("fenced", true);
        assertThat((String) p.body().get("detail")).contains("did not write: no heartbeat since 12:00");
    }

    @Test
    void shouldAnswerEachCoreExceptionWithItsStatusWhenMapped() {
        assertThat(status(new UnknownCollectionException("x", List.of("bins")))).isEqualTo(404);
        assertThat(status(new TransitionRefusedException("refused", List.of("copy not complete")))).isEqualTo(409);
        assertThat(status(new StoreUnavailableException("MongoDB", new IllegalStateException("down")))).isEqualTo(503);
        assertThat(status(new IllegalArgumentException("bad tenant"))).isEqualTo(400);
        assertThat(table.problemFor(new IllegalStateException("a bug"))).as("left to the 500").isEmpty();
    }

    private int status(RuntimeException e) {
        return table.problemFor(e).orElseThrow().status().getCode();
    }
}
