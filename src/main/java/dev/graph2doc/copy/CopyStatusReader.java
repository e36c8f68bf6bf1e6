package dev.graph2doc.copy;

import dev.graph2doc.copy.CopyStateStore.CopyControl;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Reads where each planned copy stands from the shared copy state, so every instance reports the same. */
final class CopyStatusReader {

    static final int EXAMPLES = 5;

    private final CopyStateStore state;
    private final CopyRates rates;

    CopyStatusReader(CopyStateStore state, CopyRates rates) {
        this.state = state;
        this.rates = rates;
    }

    List<CopyStatus> all() {
        CopyControl control = state.control();
        return state.plans().stream().map(plan -> of(plan, control)).toList();
    }

    private CopyStatus of(CopyPlan plan, CopyControl control) {
        List<PartitionState> parts = state.partitions(plan.tenant(), plan.collection());
        long done = parts.stream().mapToLong(PartitionState::copied).sum();
        int partitionsDone = (int) parts.stream().filter(PartitionState::done).count();
        boolean copied = partitionsDone == plan.partitions().size();
        Optional<CopyVerdict> verdict = copied ? state.verdict(plan.tenant(), plan.collection()) : Optional.empty();
        long findings = state.countFindings(plan.tenant(), plan.collection());
        List<CopyFinding> examples = findings == 0 ? List.of() : state.findings(plan.tenant(), plan.collection(), EXAMPLES);
        CopyStatus.State s = state(copied, control, verdict, findings);
        double rate = copied ? runRate(parts, done) : rates.perSecond(plan.tenant(), plan.collection());
        long remaining = Math.max(0, plan.estimatedTotal() - done);
        Duration eta = copied ? Duration.ZERO : rate > 0 ? Duration.ofSeconds((long) Math.ceil(remaining / rate)) : null;
        return new CopyStatus(plan.tenant(), plan.collection(), s, done, Math.max(done, plan.estimatedTotal()), rate,
                copied ? CopyStatus.RateBasis.RUN : CopyStatus.RateBasis.RECENT, eta, plan.partitions().size(),
                partitionsDone, findings, examples, verdict.map(CopyVerdict::missingCount).orElse(0L),
                verdict.map(CopyVerdict::missing).orElse(List.of()));
    }

    private static CopyStatus.State state(boolean copied, CopyControl control, Optional<CopyVerdict> verdict,
                                          long findings) {
        if (!copied) {
            return control.paused() ? CopyStatus.State.PAUSED : CopyStatus.State.RUNNING;
        }
        if (verdict.isEmpty()) {
            return CopyStatus.State.CHECKING;
        }
        if (!verdict.get().complete()) {
            return CopyStatus.State.INCOMPLETE;
        }
        return findings > 0 ? CopyStatus.State.COMPLETE_WITH_FINDINGS : CopyStatus.State.COMPLETE;
    }

    /** Roots per second from the first partition's start to the last one's end: the planning wait left out. */
    private static double runRate(List<PartitionState> parts, long done) {
        Instant first = parts.stream().map(PartitionState::startedAt).filter(Objects::nonNull).min(Instant::compareTo)
                .orElse(null);
        Instant last = parts.stream().map(PartitionState::finishedAt).filter(Objects::nonNull).max(Instant::compareTo)
                .orElse(null);
        if (first == null || last == null) {
            return 0;
        }
        long millis = Math.max(1, Duration.between(first, last).toMillis());
        return done * 1000.0 / millis;
    }
}
