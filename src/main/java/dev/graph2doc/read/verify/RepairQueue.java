package dev.graph2doc.read.verify;

import dev.graph2doc.mapping.KeyOrder;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The keys whose change waits in the repair backlog (a MongoDB write that failed after the graph committed). A key
 * the graph has and MongoDB not, or the reverse, is then a repair on its way, not a missing or extra document: the
 * verifier counts it as unsettled, so the run is not clean, and leaves it to the repair worker.
 */
@FunctionalInterface
interface RepairQueue {

    RepairQueue NONE = (tenant, collection, keys) -> Set.of();

    Set<Object> pending(String tenant, String collection, Collection<Object> keys);

    default List<VerificationFinding> settle(String tenant, String collection, List<VerificationFinding> findings) {
        List<Object> oneSided = findings.stream().filter(RepairQueue::oneSided).map(VerificationFinding::key).toList();
        if (oneSided.isEmpty()) {
            return findings;
        }
        Set<Object> queued = new TreeSet<>(KeyOrder.KEYS);
        queued.addAll(pending(tenant, collection, oneSided));
        return findings.stream().map(f -> oneSided(f) && queued.contains(f.key()) ? f.awaitingRepair() : f).toList();
    }

    private static boolean oneSided(VerificationFinding f) {
        return f.kind() == VerificationFinding.Kind.MISSING || f.kind() == VerificationFinding.Kind.EXTRA;
    }
}
