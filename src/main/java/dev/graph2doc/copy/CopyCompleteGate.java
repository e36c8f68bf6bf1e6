package dev.graph2doc.copy;

import dev.graph2doc.phase.GateInput;
import dev.graph2doc.phase.GuardedGate;
import dev.graph2doc.phase.PhaseTransition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Structural, before {@code FORK_WRITES}: every mapped collection of the tenant is fully copied by a copy planned
 * after the tenant entered {@code COPY} (G2: only then are the writes the copy may miss captured), and its
 * completeness check found every root in MongoDB or named as a finding (G7).
 */
public final class CopyCompleteGate extends GuardedGate {

    private final List<String> collections;
    private final CopyStateStore copies;

    public CopyCompleteGate(List<String> collections, CopyStateStore copies) {
        super(true, PhaseTransition.COPY_TO_FORK_WRITES);
        this.collections = List.copyOf(collections);
        this.copies = copies;
    }

    @Override
    public List<String> unmet(GateInput input) {
        String tenant = input.tenant();
        List<String> unmet = new ArrayList<>();
        for (String collection : collections) {
            Optional<CopyPlan> plan = copies.plan(tenant, collection);
            if (plan.isEmpty()) {
                unmet.add("copy of tenant '" + tenant + "' collection '" + collection + "' was never started: "
                        + "POST /migration/copy {\"tenants\":[\"" + tenant + "\"]}, then wait until it is COMPLETE");
                continue;
            }
            Instant entered = input.current().since();
            if (entered != null && plan.get().plannedAt().isBefore(entered)) {
                unmet.add("copy of tenant '" + tenant + "' collection '" + collection + "' was planned at "
                        + plan.get().plannedAt() + ", before the tenant entered COPY at " + entered + ": writes in "
                        + "between were not captured; POST /migration/copy {\"tenants\":[\"" + tenant + "\"]} copies "
                        + "it again");
                continue;
            }
            long done = copies.partitions(tenant, collection).stream().filter(PartitionState::done).count();
            int total = plan.get().partitions().size();
            if (done < total) {
                unmet.add("copy of tenant '" + tenant + "' collection '" + collection + "' is not complete: " + done
                        + " of " + total + " partitions done; wait until GET /migration/copy shows it COMPLETE");
                continue;
            }
            verdict(tenant, collection).ifPresent(unmet::add);
        }
        return unmet;
    }

    /** Every partition done is not enough: the completeness check must have found every root in MongoDB. */
    private Optional<String> verdict(String tenant, String collection) {
        Optional<CopyVerdict> verdict = copies.verdict(tenant, collection);
        String which = "copy of tenant '" + tenant + "' collection '" + collection + "'";
        if (verdict.isEmpty()) {
            return Optional.of(which + " is being checked for completeness (every root looked up in MongoDB); wait "
                    + "until GET /migration/copy shows it COMPLETE");
        }
        if (!verdict.get().complete()) {
            return Optional.of(which + " is INCOMPLETE: " + verdict.get().missingCount() + " of "
                    + verdict.get().graphRoots() + " roots are not in MongoDB, e.g. " + verdict.get().missing()
                    + "; copy it again: POST /migration/copy {\"tenants\":[\"" + tenant + "\"],\"collections\":[\""
                    + collection + "\"],\"restart\":true}");
        }
        return Optional.empty();
    }
}
