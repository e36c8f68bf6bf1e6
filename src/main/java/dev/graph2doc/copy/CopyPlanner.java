package dev.graph2doc.copy;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.store.GraphStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits a tenant's collection into key ranges of about {@code partitionSize} roots. The last range is open
 * ended, so roots created after planning are still copied. Two instances planning at once both compute a
 * plan; the first one stored wins and both use it.
 */
final class CopyPlanner {

    private final GraphStore graph;
    private final CopyStateStore state;
    private final CopySettings settings;
    private final Clock clock;

    CopyPlanner(GraphStore graph, CopyStateStore state, CopySettings settings, Clock clock) {
        this.graph = graph;
        this.state = state;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The tenant collection's plan: the stored one, unless it was made before {@code notBefore} (the moment the
     * tenant started capturing writes — a copy planned earlier misses what was written in between), then a new one.
     */
    CopyPlan plan(String tenant, CollectionMapping collection, Instant notBefore) {
        Optional<CopyPlan> stored = state.plan(tenant, collection.name());
        if (stored.isPresent() && notBefore != null && stored.get().plannedAt().isBefore(notBefore)) {
            state.discardPlan(tenant, collection.name());
            stored = Optional.empty();
        }
        return stored.orElseGet(() -> state.savePlanIfAbsent(newPlan(tenant, collection)));
    }

    private CopyPlan newPlan(String tenant, CollectionMapping collection) {
        long total = graph.countRoots(collection, tenant);
        // one range needs no boundaries: skip streaming every key
        List<Object> bounds = total <= settings.partitionSize() ? List.of()
                : graph.keyBoundaries(collection, tenant, settings.partitionSize());
        List<CopyPartition> partitions = new ArrayList<>(bounds.size() + 1);
        Object after = null;
        for (Object upTo : bounds) {
            partitions.add(new CopyPartition(tenant, collection.name(), partitions.size(), after, upTo));
            after = upTo;
        }
        partitions.add(new CopyPartition(tenant, collection.name(), partitions.size(), after, null));
        return new CopyPlan(tenant, collection.name(), partitions, total, clock.instant());
    }
}
