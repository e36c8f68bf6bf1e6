package dev.graph2doc.store.neo4j;

import dev.graph2doc.write.Backlog;
import dev.graph2doc.write.OutboxEntry;
import dev.graph2doc.write.WriteOutbox;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * The outbox as {@code _G2dOutbox} nodes beside the graph, written by {@link Neo4jGraphWriter} in the write's own
 * transaction: one node per write of a document, holding the version MongoDB has to reach and when it was recorded.
 * Entries are created and deleted, never updated. An earlier design kept one node per document and raised its version
 * on each write; under read-committed isolation a clear could then read the old version, wait for the lock, and delete
 * the entry a concurrent write had just raised (or the write could set the version of a node the clear was deleting)
 * — a write MongoDB never got, forgotten ({@code OutboxClearRaceIT}). An immutable entry's version cannot change under
 * the clear's predicate, and a write never touches an existing entry. The drain ({@link #oldest}, {@link #clear})
 * works across tenants, each row naming its own; the backlog counts one tenant's documents.
 */
public final class Neo4jWriteOutbox implements WriteOutbox {

    private static final String OUTBOX = WriteStatements.OUTBOX;

    private final Driver driver;

    public Neo4jWriteOutbox(Driver driver) {
        this.driver = driver;
    }

    @Override
    public List<OutboxEntry> oldest(int limit) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> CrossTenantQuery.acrossTenants("MATCH (o:" + OUTBOX + ") WHERE o.at IS NOT NULL "
                    + "RETURN o.tenant AS tenant, o.collection AS collection, o.key AS key, o.version AS version, "
                    + "o.at AS at ORDER BY o.at LIMIT $limit", Map.of("limit", limit)).run(tx).list(r -> new OutboxEntry(
                    r.get("tenant").asString(), r.get("collection").asString(),
                    Neo4jValues.toDocumentValue(r.get("key")), r.get("version").asLong(),
                    Instant.ofEpochMilli(r.get("at").asLong()))));
        }
    }

    @Override
    public void clear(List<OutboxEntry> confirmed) {
        if (confirmed.isEmpty()) {
            return;
        }
        List<Map<String, Object>> rows = confirmed.stream().map(e -> Map.of("tenant", e.tenant(),
                "collection", e.collection(), "key", e.key(), "version", e.version())).toList();
        try (Session session = driver.session()) {
            session.executeWrite(tx -> CrossTenantQuery.acrossTenants("UNWIND $rows AS row MATCH (o:" + OUTBOX
                    + " {tenant: row.tenant, collection: row.collection, key: row.key}) WHERE o.version <= row.version "
                    + "DELETE o", Map.of("rows", rows)).run(tx).consume());
        }
    }

    @Override
    public Backlog backlog(String tenant) {
        TenantCypher cypher = TenantCypher.forBookkeeping(tenant);
        TenantCypher.Query pending = cypher.query("MATCH " + cypher.bookkeeping("o", OUTBOX)
                + " RETURN count(DISTINCT [o.collection, o.key]) AS n, min(o.at) AS oldest");
        try (Session session = driver.session()) {
            return session.executeRead(tx -> {
                var row = pending.run(tx).single();
                long n = row.get("n").asLong();
                return n == 0 ? Backlog.EMPTY : new Backlog(n, Instant.ofEpochMilli(row.get("oldest").asLong()));
            });
        }
    }

    @Override
    public Set<Object> pending(String tenant, String collection, Collection<Object> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        TenantCypher cypher = TenantCypher.forBookkeeping(tenant);
        TenantCypher.Query query = cypher.query("MATCH " + cypher.bookkeeping("o", OUTBOX, "collection", "$collection")
                + " WHERE o.key IN $keys RETURN o.key AS key", Map.of("collection", collection, "keys", List.copyOf(keys)));
        try (Session session = driver.session()) {
            return session.executeRead(tx -> query.run(tx).list(r -> Neo4jValues.toDocumentValue(r.get("key"))))
                    .stream().collect(Collectors.toSet());
        }
    }
}
