package dev.graph2doc.copy;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.store.CopyStateStore;
import dev.graph2doc.store.CopyStateStore.CopyControl;
import dev.graph2doc.store.DocumentStore;
import dev.graph2doc.store.GraphStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.function.Function;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

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
    private final CopyRates rates;
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
        this.rates = new CopyRates(clock);
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
        List<CollectionMapping> chosen = CopySelection.collections(mapping, collections);
        List<CopyPlan> plans = new ArrayList<>();
        for (String tenant : tenants) {
            Instant since = capturingSince.apply(tenant);
            for (CollectionMapping collection : chosen) {
                plans.add(planner.plan(tenant, collection, since));
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
     * copy the same partition at once.
     */
    public boolean copyOnePartition(int worker, BooleanSupplier stop) throws InterruptedException {
        if (state.control().paused()) {
            return false;
        }
        String leaseOwner = owner + "/w" + worker;
        for (CopyPlan plan : state.plans()) {
            Optional<PartitionState> claimed = claimAny(plan, leaseOwner);
            if (claimed.isPresent()) {
                CollectionMapping collection = mapping.collection(plan.collection()).orElseThrow();
                copier.copy(collection, claimed.get(), leaseOwner, stop);
                return true;
            }
        }
        return false;
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
        CopyControl control = state.control();
        return state.plans().stream().map(plan -> status(plan, control)).toList();
    }

    private CopyStatus status(CopyPlan plan, CopyControl control) {
        List<PartitionState> parts = state.partitions(plan.tenant(), plan.collection());
        long done = parts.stream().mapToLong(PartitionState::copied).sum();
        int partitionsDone = (int) parts.stream().filter(PartitionState::done).count();
        boolean complete = partitionsDone == plan.partitions().size();
        CopyStatus.State s = complete ? CopyStatus.State.COMPLETE
                : control.paused() ? CopyStatus.State.PAUSED : CopyStatus.State.RUNNING;
        double rate = rates.perSecond(plan.tenant(), plan.collection());
        long remaining = Math.max(0, plan.estimatedTotal() - done);
        Duration eta = complete ? Duration.ZERO : rate > 0 ? Duration.ofSeconds((long) Math.ceil(remaining / rate)) : null;
        return new CopyStatus(plan.tenant(), plan.collection(), s, done, Math.max(done, plan.estimatedTotal()), rate, eta,
                plan.partitions().size(), partitionsDone);
    }
}
