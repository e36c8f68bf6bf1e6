package dev.graph2doc.copy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every copy state store does, run on the MongoDB adapter ({@code MongoCopyStateStoreIT}) and the fake. */
abstract class CopyStateStoreContract {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private final CopyPartition only = new CopyPartition("acme", "bins", 0, null, null);

    abstract CopyStateStore store();

    @Test
    void shouldKeepTheFirstPlanWhenTwoInstancesPlanAtOnce() {
        CopyPlan first = new CopyPlan("acme", "bins", List.of(only), 10, T0);
        assertThat(store().savePlanIfAbsent(first)).isEqualTo(first);
        assertThat(store().savePlanIfAbsent(new CopyPlan("acme", "bins", List.of(only), 99, T0.plusSeconds(1))))
                .isEqualTo(first);
    }

    @Test
    void shouldLetOnlyTheOwnerCompleteAPartitionAndRecordWhenItStartedAndFinished() {
        store().savePlanIfAbsent(new CopyPlan("acme", "bins", List.of(only), 10, T0));
        assertThat(store().claim(only, "a", T0, T0.plusSeconds(30))).isPresent();
        assertThat(store().claim(only, "b", T0.plusSeconds(1), T0.plusSeconds(31))).as("held by a live owner").isEmpty();
        assertThat(store().checkpoint(only, "a", "b-5", 5, T0.plusSeconds(30))).isTrue();
        assertThat(store().complete(only, "b", 10, T0.plusSeconds(2))).isFalse();

        assertThat(store().complete(only, "a", 10, T0.plusSeconds(3))).isTrue();

        assertThat(store().partitions("acme", "bins")).singleElement().satisfies(s -> {
            assertThat(s.done()).isTrue();
            assertThat(s.copied()).isEqualTo(10);
            assertThat(s.startedAt()).isEqualTo(T0);
            assertThat(s.finishedAt()).isEqualTo(T0.plusSeconds(3));
        });
        assertThat(store().claim(only, "a", T0.plusSeconds(4), T0.plusSeconds(34))).as("done").isEmpty();
    }

    @Test
    void shouldRecordEachFindingOnceAndForgetFindingsAndVerdictWithThePlan() {
        store().savePlanIfAbsent(new CopyPlan("acme", "bins", List.of(only), 10, T0));
        CopyFinding big = new CopyFinding("acme", "bins", "b-7", CopyFinding.Kind.UNWRITABLE, 17_000_000, "too large");
        store().recordFinding(big);
        store().recordFinding(big);
        store().recordFinding(new CopyFinding("acme", "bins", 7L, CopyFinding.Kind.UNWRITABLE, 1, "a number key"));
        store().saveVerdict(new CopyVerdict("acme", "bins", T0, 10, 1, List.of("b-9")));

        assertThat(store().countFindings("acme", "bins")).isEqualTo(2);
        assertThat(store().findings("acme", "bins", 1)).containsExactly(big);
        assertThat(store().verdict("acme", "bins")).get().satisfies(v -> assertThat(v.missing()).containsExactly("b-9"));
        assertThat(store().countFindings("globex", "bins")).isZero();

        store().discardPlan("acme", "bins");

        assertThat(store().countFindings("acme", "bins")).isZero();
        assertThat(store().verdict("acme", "bins")).isEmpty();
        assertThat(store().plan("acme", "bins")).isEmpty();
    }
}
