package dev.graph2doc.store.neo4j;

import static dev.graph2doc.store.neo4j.CypherNames.escape;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.RenderBatch;
import dev.graph2doc.store.FieldFilter;
import dev.graph2doc.store.GraphStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ClientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The graph store through one mapping; documents are rendered by {@link RenderQuery} and {@link DocumentAssembler}. */
public final class Neo4jGraphStore implements GraphStore {

    private static final Logger LOG = LoggerFactory.getLogger(Neo4jGraphStore.class);

    private final Driver driver;
    private final Mapping mapping;

    public Neo4jGraphStore(Driver driver, Mapping mapping) {
        this.driver = driver;
        this.mapping = mapping;
    }

    @Override
    public void prepare() {
        try (Session session = driver.session()) {
            for (CollectionMapping c : mapping.collections()) {
                keyConstraint(session, c);
            }
            session.run("CALL db.awaitIndexes(300)").consume();
        }
    }

    /**
     * A uniqueness constraint on (tenant, key): its index serves the key-ordered reads, and it is what makes the
     * write path's MERGE safe when two requests create the same node at once. A graph that already holds
     * duplicate keys cannot take it (the mapping check reports those); it gets a plain index instead.
     */
    private void keyConstraint(Session session, CollectionMapping c) {
        String label = escape(c.root());
        List<String> properties = mapping.tenancy().isFixed() ? List.of(c.key()) : List.of(mapping.tenancy().property(), c.key());
        String on = String.join(", ", properties.stream().map(p -> "n." + escape(p)).toList());
        try {
            // a plain index on the same properties (ours from before, or the application's) blocks the constraint
            session.run("SHOW INDEXES YIELD name, labelsOrTypes, properties, owningConstraint, entityType "
                            + "WHERE entityType = 'NODE' AND owningConstraint IS NULL AND labelsOrTypes = [$label] "
                            + "AND properties = $properties RETURN name", Map.of("label", c.root(), "properties", properties))
                    .list(r -> r.get("name").asString())
                    .forEach(name -> session.run("DROP INDEX " + escape(name) + " IF EXISTS").consume());
            session.run("CREATE CONSTRAINT " + escape("g2d_unique_" + c.root() + "_" + c.key()) + " IF NOT EXISTS FOR (n:"
                    + label + ") REQUIRE (" + on + ") IS UNIQUE").consume();
        } catch (ClientException e) {
            LOG.warn("{} keys are not unique per tenant ({}); indexing them without the uniqueness constraint, so two "
                    + "concurrent creations of one new key could both succeed", c.root(), e.getMessage());
            session.run("CREATE INDEX " + escape("g2d_" + c.root() + "_" + c.key()) + " IF NOT EXISTS FOR (n:" + label
                    + ") ON (" + on + ")").consume();
        }
    }

    @Override
    public RenderBatch renderRange(CollectionMapping collection, String tenant, Object after, Object upTo, int limit) {
        Map<String, Object> params = params(tenant);
        params.put("after", after);
        params.put("upTo", upTo);
        params.put("limit", limit);
        return render(collection, tenant, query(collection).range(after != null, upTo != null), params);
    }

    @Override
    public RenderBatch renderPage(CollectionMapping collection, String tenant, FieldFilter filter, Object after,
                                  int limit) {
        Map<String, Object> params = params(tenant);
        params.put("after", after);
        params.put("limit", limit);
        List<String> fields = List.copyOf(filter.anyOf().keySet());
        for (int i = 0; i < fields.size(); i++) {
            params.put("f" + i, filter.anyOf().get(fields.get(i)));
        }
        return render(collection, tenant, query(collection).page(after != null, fields), params);
    }

    @Override
    public RenderBatch renderKeys(CollectionMapping collection, String tenant, Collection<?> keys) {
        Map<String, Object> params = params(tenant);
        params.put("keys", List.copyOf(keys));
        return render(collection, tenant, query(collection).keys(), params);
    }

    @Override
    public long countRoots(CollectionMapping collection, String tenant) {
        if (!serves(tenant)) {
            return 0;
        }
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(query(collection).count(), params(tenant)).single().get(0).asLong());
        }
    }

    @Override
    public List<Object> keyBoundaries(CollectionMapping collection, String tenant, int every) {
        List<Object> boundaries = new ArrayList<>();
        if (!serves(tenant)) {
            return boundaries;
        }
        try (Session session = driver.session()) {
            session.executeRead(tx -> {
                long i = 0;
                for (var rows = tx.run(query(collection).keysOnly(false), params(tenant)); rows.hasNext(); i++) {
                    Object key = Neo4jValues.toDocumentValue(rows.next().get("key"));
                    if ((i + 1) % every == 0) {
                        boundaries.add(key);
                    }
                }
                return boundaries;
            });
        }
        return boundaries;
    }

    @Override
    public List<String> tenants() {
        if (mapping.tenancy().isFixed()) {
            return List.of(mapping.tenancy().fixed());
        }
        // one label-scoped read per root label: a scan of every node in the graph would also read unmapped ones
        String t = "n." + escape(mapping.tenancy().property());
        String perLabel = mapping.collections().stream().map(CollectionMapping::root).distinct()
                .map(label -> "MATCH (n:" + escape(label) + ") WHERE " + t + " IS NOT NULL RETURN toString(" + t + ") AS tenant")
                .collect(java.util.stream.Collectors.joining(" UNION "));
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run("CALL () { " + perLabel + " } RETURN tenant ORDER BY tenant")
                    .list(r -> r.get("tenant").asString()));
        }
    }

    private RenderBatch render(CollectionMapping collection, String tenant, String cypher, Map<String, Object> params) {
        if (!serves(tenant)) {
            return new RenderBatch(List.of(), List.of(), null, 0);
        }
        List<Record> rows;
        try (Session session = driver.session()) {
            rows = session.executeRead(tx -> tx.run(cypher, params).list());
        }
        return new DocumentAssembler(collection).assemble(rows);
    }

    /** A fixed-tenant graph holds exactly one tenant; asking for any other must see nothing. */
    private boolean serves(String tenant) {
        return !mapping.tenancy().isFixed() || mapping.tenancy().fixed().equals(tenant);
    }

    private Map<String, Object> params(String tenant) {
        Map<String, Object> params = new HashMap<>();
        params.put("tenant", tenant);
        return params;
    }

    private RenderQuery query(CollectionMapping collection) {
        return new RenderQuery(mapping, collection);
    }
}
