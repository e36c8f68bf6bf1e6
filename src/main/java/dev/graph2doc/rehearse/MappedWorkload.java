package dev.graph2doc.rehearse;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.Mapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Clients of any mapped graph, derived from the mapping and the seeded documents ({@link GraphSample}): writers
 * overwrite scalar root fields, link and unlink the mapped relationships ({@link LinkKind}), create documents and
 * delete the ones they created ({@link MappedWriter}); readers get seeded documents by key and list pages.
 */
final class MappedWorkload implements Workload {

    private final Traffic traffic;
    private final Ledger ledger;
    private final Mapping mapping;
    private final GraphSample sample;
    private final List<LinkKind> links;

    MappedWorkload(Traffic traffic, Ledger ledger, Mapping mapping, GraphSample sample) {
        this.traffic = traffic;
        this.ledger = ledger;
        this.mapping = mapping;
        this.sample = sample;
        this.links = LinkKind.of(mapping);
    }

    @Override
    public Step writer(String tenant, int index, int of, SplittableRandom random) {
        return new MappedWriter(traffic, ledger, tenant, owned(tenant, index, of), sample, links, random,
                "rehearsal-" + index + "-")::step;
    }

    /** Every {@code of}-th seeded document of each collection, from the {@code index}-th on. */
    private Map<CollectionMapping, List<GraphSample.Seeded>> owned(String tenant, int index, int of) {
        return mapping.collections().stream().collect(Collectors.toMap(Function.identity(), c -> {
            List<GraphSample.Seeded> all = sample.of(tenant, c.name());
            List<GraphSample.Seeded> mine = new ArrayList<>();
            for (int i = index; i < all.size(); i += of) {
                mine.add(all.get(i));
            }
            return mine;
        }));
    }

    @Override
    public Step reader(String tenant, SplittableRandom random) {
        List<CollectionMapping> readable = mapping.collections().stream()
                .filter(c -> !sample.of(tenant, c.name()).isEmpty()).toList();
        return () -> {
            if (readable.isEmpty()) {
                return;
            }
            CollectionMapping c = readable.get(random.nextInt(readable.size()));
            List<GraphSample.Seeded> seeded = sample.of(tenant, c.name());
            Object key = seeded.get(random.nextInt(seeded.size())).key();
            int pick = random.nextInt(100);
            traffic.read(tenant, c.name() + (pick < 60 ? "/" + Traffic.encode(key)
                    : pick < 85 ? "?limit=20" : "?limit=20&after=" + Traffic.encode(key)));
        };
    }

    /** A field it can corrupt, chosen by {@link CorruptionTarget}; empty when the mapping has none. */
    @Override
    public Optional<Corruption> corruption(String tenant) {
        return CorruptionTarget.choose(mapping, sample, tenant);
    }
}
