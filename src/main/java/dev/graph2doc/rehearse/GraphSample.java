package dev.graph2doc.rehearse;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.DocumentValues;
import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.mapping.Embed;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.Reference;
import dev.graph2doc.store.FieldFilter;
import dev.graph2doc.store.GraphStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The seeded documents the mapped load works on, rendered through the mapping before the load starts: per tenant and
 * collection up to {@link #PER_COLLECTION} keys with their scalar root fields (strings, integers, doubles, booleans —
 * not the key, the tenant property, relationship fields or graph2doc's own).
 */
final class GraphSample {

    static final int PER_COLLECTION = 200;

    /** One seeded document: its key and the scalar fields the load may overwrite. */
    record Seeded(Object key, Map<String, Object> scalars) {
    }

    private final Map<String, Map<String, List<Seeded>>> byTenant;

    GraphSample(Map<String, Map<String, List<Seeded>>> byTenant) {
        this.byTenant = byTenant;
    }

    static GraphSample read(GraphStore graph, Mapping mapping, List<String> tenants) {
        Map<String, Map<String, List<Seeded>>> byTenant = new LinkedHashMap<>();
        for (String tenant : tenants) {
            Map<String, List<Seeded>> collections = new LinkedHashMap<>();
            for (CollectionMapping c : mapping.collections()) {
                Set<String> skip = relationshipFields(c);
                if (!mapping.tenancy().isFixed()) {
                    skip.add(mapping.tenancy().property());
                }
                List<Seeded> seeded = new ArrayList<>();
                for (DocumentView d : graph.renderPage(c, tenant, FieldFilter.NONE, null, PER_COLLECTION).documents()) {
                    seeded.add(new Seeded(d.key(), scalars(d.body(), skip)));
                }
                collections.put(c.name(), List.copyOf(seeded));
            }
            byTenant.put(tenant, collections);
        }
        return new GraphSample(byTenant);
    }

    List<Seeded> of(String tenant, String collection) {
        return byTenant.getOrDefault(tenant, Map.of()).getOrDefault(collection, List.of());
    }

    private static Set<String> relationshipFields(CollectionMapping c) {
        Set<String> fields = new HashSet<>();
        c.embeds().stream().map(Embed::field).forEach(fields::add);
        c.references().stream().map(Reference::field).forEach(fields::add);
        fields.add(c.key());
        return fields;
    }

    private static Map<String, Object> scalars(Map<String, Object> body, Set<String> skip) {
        Map<String, Object> scalars = new LinkedHashMap<>();
        body.forEach((field, value) -> {
            boolean scalar = value instanceof String || value instanceof Long || value instanceof Double
                    || value instanceof Boolean;
            if (scalar && !skip.contains(field) && !field.startsWith(DocumentValues.INTERNAL_PREFIX)) {
                scalars.put(field, value);
            }
        });
        return Map.copyOf(scalars);
    }
}
