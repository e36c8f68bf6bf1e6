package dev.graph2doc.rehearse;

import dev.graph2doc.mapping.CollectionMapping;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One writer of the mapped load. It owns its share of each collection's seeded documents, the links it makes from
 * them and the documents it creates, so that no other thread writes what it writes: 45% field updates of an owned
 * document, 25% links from an owned document to any seeded one, 12% unlinks of its links, 12% new documents (string
 * keys only), 6% deletions of documents it created.
 */
final class MappedWriter {

    private record Link(LinkKind kind, Object from, Object to) {
    }

    private record Created(CollectionMapping collection, Object key) {
    }

    private final Traffic traffic;
    private final Ledger ledger;
    private final String tenant;
    private final Map<CollectionMapping, List<GraphSample.Seeded>> owned;
    private final GraphSample sample;
    private final List<LinkKind> links;
    private final SplittableRandom random;
    private final String keyPrefix;
    private final LinkedHashSet<Link> linked = new LinkedHashSet<>();
    private final List<Created> created = new ArrayList<>();
    private long sequence;

    MappedWriter(Traffic traffic, Ledger ledger, String tenant, Map<CollectionMapping, List<GraphSample.Seeded>> owned,
                 GraphSample sample, List<LinkKind> links, SplittableRandom random, String keyPrefix) {
        this.traffic = traffic;
        this.ledger = ledger;
        this.tenant = tenant;
        this.owned = owned;
        this.sample = sample;
        this.links = links.stream().filter(k -> !owned.getOrDefault(k.from(), List.of()).isEmpty()
                && !sample.of(tenant, k.to().name()).isEmpty()).toList();
        this.random = random;
        this.keyPrefix = keyPrefix;
    }

    void step() throws InterruptedException {
        int pick = random.nextInt(100);
        if (pick < 6 && !created.isEmpty()) {
            delete(created.remove(random.nextInt(created.size())));
        } else if (pick < 18 && !linked.isEmpty()) {
            Link link = linked.stream().skip(random.nextInt(linked.size())).findFirst().orElseThrow();
            send(link, false);
        } else if (pick < 30) {
            create();
        } else if (pick < 55 && !links.isEmpty()) {
            LinkKind kind = links.get(random.nextInt(links.size()));
            Object from = any(owned.get(kind.from())).key();
            Object to = any(sample.of(tenant, kind.to().name())).key();
            if (!from.equals(to)) {
                send(new Link(kind, from, to), true);
            }
        } else {
            update();
        }
    }

    private void update() throws InterruptedException {
        List<CollectionMapping> writable = owned.keySet().stream()
                .filter(c -> owned.get(c).stream().anyMatch(s -> !s.scalars().isEmpty())).toList();
        if (writable.isEmpty()) {
            return;
        }
        CollectionMapping c = writable.get(random.nextInt(writable.size()));
        GraphSample.Seeded doc = any(owned.get(c).stream().filter(s -> !s.scalars().isEmpty()).toList());
        String field = doc.scalars().keySet().stream().skip(random.nextInt(doc.scalars().size())).findFirst().orElseThrow();
        Map<String, Object> values = Map.of(field, changed(doc.scalars().get(field)));
        traffic.send(tenant, List.of(Mutations.upsert(c.root(), doc.key(), values)),
                () -> ledger.wrote(tenant, c.name(), doc.key(), values));
    }

    private void send(Link link, boolean linking) throws InterruptedException {
        traffic.send(tenant, List.of(link.kind().mutation(linking, link.from(), link.to())), () -> {
            link.kind().acknowledge(ledger, tenant, linking, link.from(), link.to());
            if (linking) {
                linked.add(link);
            } else {
                linked.remove(link);
            }
        });
    }

    /** A document like a seeded one of the same collection (its scalar fields, changed), under a key of this writer. */
    private void create() throws InterruptedException {
        List<CollectionMapping> creatable = owned.keySet().stream().filter(c -> !owned.get(c).isEmpty()
                && owned.get(c).get(0).key() instanceof String).toList();
        if (creatable.isEmpty()) {
            return;
        }
        CollectionMapping c = creatable.get(random.nextInt(creatable.size()));
        String key = keyPrefix + (++sequence);
        Map<String, Object> values = new LinkedHashMap<>();
        any(owned.get(c)).scalars().forEach((field, value) -> values.put(field, changed(value)));
        traffic.send(tenant, List.of(Mutations.upsert(c.root(), key, values)), () -> {
            ledger.wrote(tenant, c.name(), key, values);
            created.add(new Created(c, key));
        });
    }

    private void delete(Created doc) throws InterruptedException {
        traffic.send(tenant, List.of(Mutations.delete(doc.collection().root(), doc.key())),
                () -> ledger.deleted(tenant, doc.collection().name(), doc.key()));
    }

    /** A new value of the same type: a number nearby, the text with a mark, the other boolean. */
    private Object changed(Object value) {
        return switch (value) {
            case Long l -> l + random.nextInt(1, 100);
            case Double d -> Math.round((d + random.nextDouble()) * 1000) / 1000.0;
            case Boolean b -> !b;
            default -> value + " (rehearsal " + random.nextInt(1000) + ")";
        };
    }

    private <T> T any(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
