package dev.graph2doc.store.neo4j;

import static dev.graph2doc.store.neo4j.CypherNames.escape;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.RenderBatch;
import dev.graph2doc.store.FieldFilter;
import dev.graph2doc.store.GraphStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;

/** The graph store through one mapping; documents are rendered by {@link RenderQuery} and {@link DocumentAssembler}. */
public final class Neo4jGraphStore implements GraphStore {

    static final Duration LOCKED_READ_TIMEOUT = Duration.ofSeconds(5);
    private static final TransactionConfig LOCKED = TransactionConfig.builder().withTimeout(LOCKED_READ_TIMEOUT).build();

    private final Driver driver;
    private final Mapping mapping;

    public Neo4jGraphStore(Driver driver, Mapping mapping) {
        this.driver = driver;
        this.mapping = mapping;
    }

    /** The key constraints, prepared again when another instance starting at the same moment wins a race. */
    @Override
    public void prepare() {
        new KeyConstraints(driver, mapping).prepare();
    }

    @Override
    public RenderBatch renderRange(CollectionMapping collection, String tenant, Object after, Object upTo, int limit) {
        return render(collection, tenant, q -> q.range(after, upTo, limit), false);
    }

    @Override
    public RenderBatch renderPage(CollectionMapping collection, String tenant, FieldFilter filter, Object after,
                                  int limit) {
        return render(collection, tenant, q -> q.page(filter.anyOf(), after, limit), false);
    }

    @Override
    public RenderBatch renderKeys(CollectionMapping collection, String tenant, Collection<?> keys) {
        return render(collection, tenant, q -> q.keys(List.copyOf(keys)), false);
    }

    @Override
    public RenderBatch renderKeysLocked(CollectionMapping collection, String tenant, Collection<?> keys) {
        return render(collection, tenant, q -> q.keys(List.copyOf(keys), true), true);
    }

    @Override
    public long countRoots(CollectionMapping collection, String tenant) {
        if (!serves(tenant)) {
            return 0;
        }
        TenantCypher.Query count = query(collection, tenant).count();
        try (Session session = driver.session()) {
            return session.executeRead(tx -> count.run(tx).single().get(0).asLong());
        }
    }

    @Override
    public long countRange(CollectionMapping collection, String tenant, Object after, Object upTo) {
        if (!serves(tenant)) {
            return 0;
        }
        TenantCypher.Query count = query(collection, tenant).countRange(after, upTo);
        try (Session session = driver.session()) {
            return session.executeRead(tx -> count.run(tx).single().get(0).asLong());
        }
    }

    @Override
    public void scanKeys(CollectionMapping collection, String tenant, Object after, Object upTo, int batch,
                         Consumer<List<Object>> sink) {
        if (!serves(tenant)) {
            return;
        }
        TenantCypher.Query keys = query(collection, tenant).keysIn(after, upTo);
        try (Session session = driver.session()) {
            session.executeRead(tx -> {
                List<Object> chunk = new ArrayList<>(batch);
                for (var rows = keys.run(tx); rows.hasNext(); ) {
                    chunk.add(Neo4jValues.toDocumentValue(rows.next().get("key")));
                    if (chunk.size() == batch) {
                        sink.accept(List.copyOf(chunk));
                        chunk.clear();
                    }
                }
                if (!chunk.isEmpty()) {
                    sink.accept(List.copyOf(chunk));
                }
                return null;
            });
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
                for (var rows = query(collection, tenant).keysOnly().run(tx); rows.hasNext(); i++) {
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
            return session.executeRead(tx -> CrossTenantQuery.acrossTenants("CALL () { " + perLabel
                    + " } RETURN tenant ORDER BY tenant", Map.of()).run(tx).list(r -> r.get("tenant").asString()));
        }
    }

    private RenderBatch render(CollectionMapping collection, String tenant,
                               Function<RenderQuery, TenantCypher.Query> build, boolean locked) {
        if (!serves(tenant)) {
            return new RenderBatch(List.of(), List.of(), null, 0);
        }
        RenderQuery render = query(collection, tenant);
        return new DocumentAssembler(collection).assemble(read(build.apply(render), locked), torn -> reread(render, torn));
    }

    /**
     * A locked read runs in a write transaction (it takes write locks) and writes nothing. Neo4j ends it after
     * {@link #LOCKED_READ_TIMEOUT}, lock waits included: an instance paused (or cut off) mid-read cannot keep other
     * instances' repairs and writes waiting for those roots any longer than that.
     */
    private List<Record> read(TenantCypher.Query query, boolean locked) {
        try (Session session = driver.session()) {
            return locked ? session.executeWrite(tx -> query.run(tx).list(), LOCKED)
                    : session.executeRead(tx -> query.run(tx).list());
        }
    }

    /** A root seen changing during an unlocked read, read again under its lock; null once the root is gone. */
    private Record reread(RenderQuery render, Record torn) {
        Object key = Neo4jValues.toDocumentValue(torn.get("key"));
        List<Record> rows = read(render.keys(List.of(key), true), true);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** A fixed-tenant graph holds exactly one tenant; asking for any other must see nothing. */
    private boolean serves(String tenant) {
        return !mapping.tenancy().isFixed() || mapping.tenancy().fixed().equals(tenant);
    }

    private RenderQuery query(CollectionMapping collection, String tenant) {
        return new RenderQuery(mapping, collection, TenantCypher.forTenant(mapping.tenancy(), tenant));
    }
}
