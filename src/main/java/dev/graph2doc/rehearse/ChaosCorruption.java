package dev.graph2doc.rehearse;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The chaos corruption: documents of one tenant rewritten directly in MongoDB (as {@link CorruptionInjection} does for
 * {@code --faults on}), only while Neo4j is still the tenant's primary and a repair can heal them (FORK_WRITES,
 * SWAP_READS, COMPARE) and never between the tenant's verification for UNFORKED and that move. The walk then repairs
 * the tenant with a repairing verification before it verifies it clean.
 */
final class ChaosCorruption {

    static final Set<String> CORRUPTIBLE = Set.of("FORK_WRITES", "SWAP_READS", "COMPARE");
    private static final java.time.Duration STEP_BACK_WATCH = java.time.Duration.ofSeconds(15);

    private final ChaosContext chaos;

    ChaosCorruption(ChaosContext chaos) {
        this.chaos = chaos;
    }

    FaultRecord inject(ChaosFault fault) throws InterruptedException {
        String tenant;
        synchronized (chaos.closing()) { // against ChaosClosing marking the tenant closing at the same moment
            List<String> eligible = chaos.board().tenants().stream()
                    .filter(t -> CORRUPTIBLE.contains(chaos.board().of(t)) && !chaos.closing().contains(t)).toList();
            if (eligible.isEmpty()) {
                return ChaosRecords.notInjected(chaos, fault, "no tenant was in FORK_WRITES, SWAP_READS or COMPARE (and "
                        + "not closing for UNFORKED): " + chaos.phases());
            }
            tenant = eligible.get(fault.pick() % eligible.size());
            chaos.corrupted().add(tenant); // before the rewrite: the walk must not verify clean past it unrepaired
        }
        String phase = chaos.board().of(tenant);
        double at = chaos.elapsed();
        long versionBefore = latestVersion(tenant);
        CorruptionInjection.Injection injection = CorruptionInjection.inject(chaos.stores().mongo()
                .getDatabase(chaos.mapping().target().databaseFor(tenant)), chaos.workload().corruption(tenant));
        if (!injection.injected()) {
            chaos.corrupted().remove(tenant);
            return FaultRecord.notInjected(ChaosRecords.label(fault), tenant, phase, at, injection.notInjectedBecause());
        }
        chaos.events().add(Events.Kind.FAULT, tenant, "#" + fault.number() + " " + injection.what());
        String stepBack = awaitAutomaticStepBack(tenant, versionBefore);
        return FaultRecord.injected(ChaosRecords.label(fault), tenant, phase, at, chaos.elapsed() - at,
                injection.what() + " (version unchanged), e.g. " + injection.keys().subList(0, Math.min(3, injection.keys().size())),
                (stepBack == null ? "no automatic step-back within " + STEP_BACK_WATCH.toSeconds() + " s"
                        : "graph2doc stepped back by itself: " + stepBack)
                        + "; the walk repairs the tenant (repairing verification) before verifying it clean",
                true, "");
    }

    /** "COMPARE -> FORK_WRITES (reason)" when graph2doc stepped the tenant back by itself within the watch; else null. */
    private String awaitAutomaticStepBack(String tenant, long versionBefore) throws InterruptedException {
        Instant deadline = Instant.now().plus(STEP_BACK_WATCH);
        while (Instant.now().isBefore(deadline)) {
            JsonNode latest = latest(tenant);
            if (latest != null && latest.path("version").asLong() > versionBefore && latest.path("automatic").asBoolean(false)) {
                return latest.path("from").asText() + " -> " + latest.path("to").asText() + " (" + latest.path("reason").asText() + ")";
            }
            Thread.sleep(500);
        }
        return null;
    }

    /** The version of the tenant's latest phase change, -1 when none or unreadable. */
    private long latestVersion(String tenant) throws InterruptedException {
        JsonNode latest = latest(tenant);
        return latest == null ? -1 : latest.path("version").asLong(-1);
    }

    private JsonNode latest(String tenant) throws InterruptedException {
        JsonNode history = chaos.operator().read("/migration/history?tenant=" + tenant);
        return history == null || history.isEmpty() ? null : history.get(0);
    }
}
