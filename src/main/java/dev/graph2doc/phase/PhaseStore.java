package dev.graph2doc.phase;

import java.util.List;
import java.util.Optional;

/**
 * Durable per-tenant phases and their audit log, shared by every instance. A phase changes only by
 * compare-and-set on its version, one document at a time.
 */
public interface PhaseStore {

    /** The stored phase; empty while the tenant is in the default phase. */
    Optional<TenantPhase> find(String tenant);

    List<TenantPhase> all();

    /**
     * Stores {@code next} if the tenant's stored version is still {@code expected.version()} (0: nothing stored
     * yet); false when another change got there first, and nothing is written.
     */
    boolean compareAndSet(TenantPhase expected, TenantPhase next);

    /** Appends to the audit log; recording the same (tenant, version) twice keeps one line. */
    void record(PhaseChange change);

    /** The audit log, newest first: one tenant's, or every tenant's when {@code tenant} is null. */
    List<PhaseChange> history(String tenant);
}
