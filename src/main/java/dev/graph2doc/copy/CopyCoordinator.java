package dev.graph2doc.copy;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.store.DocumentStore;
import dev.graph2doc.store.GraphStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The copy as every instance runs it: plans are shared, partitions are claimed through leases, so any
 * number of instances split the work, and a dead instance's partitions are taken over (from their
 * checkpoints) once its leases expire.
 */
public final class CopyCoordinator {

    private final Mapping mapping;
    private final CopyStateStore state;
    private final CopyPlanner planner;
    private final PartitionCopier copier;
    private final CopyStatusReader statuses;
    private final CopyProgressListener listener;
    private final Clock clock;
    private final CopySettings settings;
    private final String owner;

    public CopyCoordinator(Mapping mapping, GraphStore graph, DocumentStore documents, CopyStateStore state,
                           CopySettings settings, Clock clock, Sleeper sleeper, Executor reader, String owner,
                           CopyProgressListener listener) {
        this.mapping = mapping;
        this.state = state;
        this.clock = clock;
        this.settings = settings;
        this.owner = owner;
        CopyRates rates = new CopyRates(clock);
        this.statuses = new CopyStatusReader(state, rates);
        this.listener = listener;
        this.planner = new CopyPlanner(graph, state, settings, clock);
        this.copier = new PartitionCopier(graph, documents, state, settings, clock, reader, new Throttle(clock, sleeper),
                new CopyProgressListeners(rates, listener));
    }

    /** Plans the copy of these tenants' collections (every collection when none is named); workers then copy. */
    public List<CopyPlan> start(List<String> tenants, List<String> collections) {
        return start(tenants, collections, tenant -> null);
    }

    /**
     * As {@link #start(List, List)}, replanning a tenant's collection whose plan is older than
     * {@code capturingSince} says for that tenant (null: any plan will do).
     */
    public List<CopyPlan> start(List<String> tenants, List<String> collections,
                                Function<String, Instant> capturingSince) {
        return start(tenants, collections, capturingSince, false);
    }

    /** As above; with {@code restart}, each chosen collection's earlier copy is forgotten before it is planned. */
    public List<CopyPlan> start(List<String> tenants, List<String> collections,
                                Function<String, Instant> capturingSince, boolean restart) {
        List<CollectionMapping> chosen = CopySelection.collections(mapping, collections);
        Map<String, Instant> since = new HashMap<>(); // asked once per tenant, and before anything is forgotten
        tenants.forEach(t -> since.put(t, capturingSince.apply(t)));
        if (restart) {
            tenants.forEach(t -> chosen.forEach(c -> state.discardPlan(t, c.name())));
        }
        List<CopyPlan> plans = new ArrayList<>();
        for (String tenant : tenants) {
            for (CollectionMapping collection : chosen) {
                plans.add(planner.plan(tenant, collection, since.get(tenant)));
            }
        }
        return plans;
    }

    public boolean copyOnePartition(BooleanSupplier stop) throws InterruptedException {
        return copyOnePartition(0, stop);
    }

    /**
     * Claims one unfinished partition for worker {@code worker} of this instance and copies it; false when there
     * is nothing to claim right now. Each worker leases under its own name, so two workers of one instance never
     * copy the same partition at once. The worker that finishes a collection's last partition checks the collection;
     * a collection left unchecked (its checker died) is checked by the next worker that finds nothing to copy.
     */
    public boolean copyOnePartition(int worker, BooleanSupplier stop) throws InterruptedException {
        if (state.control().paused()) {
            return false;
        }
        String leaseOwner = owner + "/w" + worker;
        List<CopyPlan> plans = state.plans();
        for (CopyPlan plan : plans) {
            Optional<PartitionState> claimed = claimAny(plan, leaseOwner);
            if (claimed.isPresent()) {
                CollectionMapping collection = mapping.collection(plan.collection()).orElseThrow();
                if (copier.copy(collection, claimed.get(), leaseOwner, stop) == PartitionCopier.Outcome.COMPLETED
                        && allDone(plan)) {
                    check(collection, plan);
                }
                return true;
            }
        }
        return checkOneUnchecked(plans);
    }

    private boolean checkOneUnchecked(List<CopyPlan> plans) {
        for (CopyPlan plan : plans) {
            Optional<CollectionMapping> collection = mapping.collection(plan.collection());
            if (collection.isPresent() && allDone(plan) && state.verdict(plan.tenant(), plan.collection()).isEmpty()) {
                check(collection.get(), plan);
                return true;
            }
        }
        return false;
    }

    private boolean allDone(CopyPlan plan) {
        return state.partitions(plan.tenant(), plan.collection()).stream().filter(PartitionState::done).count()
                == plan.partitions().size();
    }

    private void check(CollectionMapping collection, CopyPlan plan) {
        CopyVerdict verdict = copier.audit().collection(collection, plan);
        Optional<Instant> current = state.plan(plan.tenant(), plan.collection()).map(CopyPlan::plannedAt);
        if (current.equals(Optional.of(plan.plannedAt()))) { // not replaced by a restarted copy meanwhile
            state.saveVerdict(verdict);
            listener.collectionChecked(verdict);
        }
    }

    private Optional<PartitionState> claimAny(CopyPlan plan, String leaseOwner) {
        if (mapping.collection(plan.collection()).isEmpty()) {
            return Optional.empty(); // planned under another mapping: not ours to copy
        }
        List<Integer> done = state.partitions(plan.tenant(), plan.collection()).stream()
                .filter(PartitionState::done).map(s -> s.partition().index()).toList();
        for (CopyPartition p : plan.partitions()) {
            if (!done.contains(p.index())) {
                Optional<PartitionState> claimed = state.claim(p, leaseOwner, clock.instant(), clock.instant().plus(settings.lease()));
                if (claimed.isPresent()) {
                    return claimed;
                }
            }
        }
        return Optional.empty();
    }

    public List<CopyStatus> status() {
        return statuses.all();
    }
}
