package dev.graph2doc.rehearse;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.Mapping;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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

    /**
     * The collection with the most seeded documents, its most common scalar field: every fourth document holding it
     * (at most 50) gets -1 (a number field) or a marker text — a value no write of the load produces.
     */
    @Override
    public Corruption corruption(String tenant) {
        CollectionMapping largest = mapping.collections().stream()
                .max(Comparator.comparingInt(c -> sample.of(tenant, c.name()).size())).orElseThrow();
        List<GraphSample.Seeded> seeded = sample.of(tenant, largest.name());
        String field = seeded.stream().flatMap(s -> s.scalars().keySet().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting())).entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(null);
        List<GraphSample.Seeded> holding = seeded.stream().filter(s -> field != null && s.scalars().containsKey(field)).toList();
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < holding.size() && keys.size() < 50; i += 4) {
            keys.add(holding.get(i).key());
        }
        Object value = !holding.isEmpty() && holding.get(0).scalars().get(field) instanceof Number ? (Object) (-1L)
                : "corrupted by the rehearsal";
        return new Corruption(largest.name(), field, value, keys);
    }
}
