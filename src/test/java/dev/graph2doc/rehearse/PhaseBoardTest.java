package dev.graph2doc.rehearse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PhaseBoardTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(100 * SECOND);
    private final PhaseBoard board = new PhaseBoard(List.of("acme", "globex"), now::get);

    @Test
    void shouldNameOnlyThePhaseSentUnderWhenNothingChangedAroundTheRequest() {
        board.set("acme", "COMPARE");
        now.addAndGet(10 * SECOND);

        assertThat(board.during("acme", "COMPARE", now.get(), now.get() + SECOND)).containsExactly("COMPARE");
    }

    @Test
    void shouldAlsoNameATransitionAskedForWhileTheRequestRanOrJustAfterItsAnswer() {
        board.set("acme", "COMPARE");
        long sent = now.addAndGet(SECOND);
        long answered = now.addAndGet(SECOND);
        now.addAndGet(3 * SECOND);
        board.moving("acme", "FORK_WRITES"); // graph2doc's instances may have applied it before the answer came back

        assertThat(board.during("acme", "COMPARE", sent, answered)).containsExactly("COMPARE", "FORK_WRITES");
    }

    @Test
    void shouldNotNameAPhaseLearnedLongAfterTheAnswerOrOneOfAnotherTenant() {
        board.set("acme", "COMPARE");
        long sent = now.addAndGet(SECOND);
        long answered = now.addAndGet(SECOND);
        board.moving("globex", "UNFORKED");
        now.addAndGet(PhaseBoard.LEARNED_LATE.toNanos() + SECOND);
        board.set("acme", "FORK_WRITES");

        assertThat(board.during("acme", "COMPARE", sent, answered)).containsExactly("COMPARE");
        assertThat(board.of("acme")).isEqualTo("FORK_WRITES");
    }

    @Test
    void shouldNameAPhaseGraph2docReportedPendingBeforeTheRequestWasSent() {
        board.set("acme", "COMPARE");
        now.addAndGet(SECOND);
        board.observed("acme", "FORK_WRITES", true); // a step-back some instances already apply
        long sent = now.addAndGet(10 * SECOND);

        assertThat(board.of("acme")).as("not filed under it while pending").isEqualTo("COMPARE");
        assertThat(board.during("acme", "COMPARE", sent, sent + SECOND)).containsExactly("COMPARE", "FORK_WRITES");
    }

    @Test
    void shouldFileRequestsUnderAStepBackOnceGraph2docReportsItAppliedEverywhere() {
        board.set("acme", "COMPARE");
        board.observed("acme", "FORK_WRITES", false);
        board.observed("nobody", "UNFORKED", false);

        assertThat(board.of("acme")).isEqualTo("FORK_WRITES");
        assertThat(board.of("nobody")).as("not a tenant of this rehearsal").isNull();
    }
}
