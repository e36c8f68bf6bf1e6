package dev.graph2doc.read.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerificationRunTest {

    private static final List<String> ALL = List.of("bins", "sites");
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static VerificationRun run(VerificationRequest request, VerificationRun.State state,
                                       VerificationCounts globexBins) {
        VerificationRun started = VerificationRun.start("r", request, T0);
        List<VerificationSlice> slices = started.slices().stream().map(s -> {
            VerificationCounts counts = s.tenant().equals("globex") && s.collection().equals("bins") ? globexBins
                    : new VerificationCounts(5, 0, 0, 0, 0, 0, 0);
            return new VerificationSlice(s.index(), s.tenant(), s.collection(), VerificationSlice.State.DONE, "k",
                    5, counts, List.of(), List.of());
        }).toList();
        return new VerificationRun("r", request, state, T0, T0, null, slices);
    }

    @Test
    void shouldProveCleanOnlyTheTenantsWithNothingButMatchesOverEveryCollection() {
        VerificationRequest all = new VerificationRequest(List.of("acme", "globex"), ALL, false);

        assertThat(run(all, VerificationRun.State.DONE, new VerificationCounts(4, 0, 0, 0, 1, 0, 0)).cleanTenants(ALL))
                .as("an unsettled key is not proof").containsExactly("acme");
        assertThat(run(all, VerificationRun.State.DONE, new VerificationCounts(4, 1, 0, 0, 0, 0, 1)).cleanTenants(ALL))
                .as("a repaired difference was still a difference").containsExactly("acme");
        assertThat(run(all, VerificationRun.State.DONE, new VerificationCounts(5, 0, 0, 0, 0, 0, 0)).cleanTenants(ALL))
                .containsExactly("acme", "globex");
    }

    @Test
    void shouldProveNothingWhenNotDoneOrNotEveryCollectionWasVerified() {
        VerificationRequest some = new VerificationRequest(List.of("acme"), List.of("bins"), false);
        VerificationRequest all = new VerificationRequest(List.of("acme"), ALL, false);
        VerificationCounts clean = new VerificationCounts(5, 0, 0, 0, 0, 0, 0);

        assertThat(run(some, VerificationRun.State.DONE, clean).cleanTenants(ALL)).isEmpty();
        assertThat(run(all, VerificationRun.State.CANCELLED, clean).cleanTenants(ALL)).isEmpty();
    }

    @Test
    void shouldPlanASlicePerTenantAndCollectionInOrder() {
        VerificationRun run = VerificationRun.start("r", new VerificationRequest(List.of("a", "b"), ALL, false), T0);

        assertThat(run.slices()).extracting(s -> s.index() + ":" + s.tenant() + "/" + s.collection())
                .containsExactly("0:a/bins", "1:a/sites", "2:b/bins", "3:b/sites");
    }
}
