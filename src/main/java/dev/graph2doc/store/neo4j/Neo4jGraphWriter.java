package dev.graph2doc.store.neo4j;


import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.store.neo4j.WriteTransaction.DocumentChange;
import dev.graph2doc.write.GraphWriter;
import dev.graph2doc.write.Mutation;
import dev.graph2doc.write.TouchedDocument;
import dev.graph2doc.write.WriteImpact;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Transaction;

/**
 * The graph side of every write before {@code UNFORKED}: the batch, the next version of each touched document
 * (a counter on its root, taken under the root's write lock, so concurrent writers are ordered) and, while a
 * tenant is migrating, the outbox entries naming those documents — all in one transaction.
 */
public final class Neo4jGraphWriter implements GraphWriter {

    private final Driver driver;
    private final Mapping mapping;
    private final WriteImpact impact;
    private final Clock clock;
    private final GraphWriteRetry retry = new GraphWriteRetry();

    public Neo4jGraphWriter(Driver driver, Mapping mapping, Clock clock) {
        this.driver = driver;
        this.mapping = mapping;
        this.impact = new WriteImpact(mapping);
        this.clock = clock;
    }

    @Override
    public void prepare() {
        SchemaPreparation schema = new SchemaPreparation(); // each statement retried on its own, as KeyConstraints does
        for (String index : List.of(
                "CREATE INDEX g2d_tombstone IF NOT EXISTS FOR (t:" + WriteStatements.TOMBSTONE + ") ON (t.tenant, t.label, t.key)",
                "CREATE INDEX g2d_outbox IF NOT EXISTS FOR (o:" + WriteStatements.OUTBOX + ") ON (o.tenant, o.collection, o.key)",
                "CREATE INDEX g2d_outbox_at IF NOT EXISTS FOR (o:" + WriteStatements.OUTBOX + ") ON (o.at)",
                "CALL db.awaitIndexes(300)")) {
            schema.prepare("the write path's indexes (" + index + ")", driver,
                    session -> CrossTenantQuery.schema(index).run(session).consume());
        }
    }

    @Override
    public List<TouchedDocument> apply(String tenant, List<Mutation> mutations, boolean capture) {
        WriteStatements cypher = new WriteStatements(mapping, TenantCypher.forTenant(mapping.tenancy(), tenant));
        return retry.execute(() -> {
            try (Session session = driver.session(); Transaction tx = session.beginTransaction()) {
                List<DocumentChange> changes = new WriteTransaction(tx, cypher, impact, tenant).apply(mutations);
                List<TouchedDocument> touched = versions(tx, cypher, changes, capture);
                tx.commit();
                return touched;
            }
        });
    }

    /** Batches that needed more than one attempt (a deadlock, a lost connection) since this writer was made. */
    public long retriedBatches() {
        var metrics = retry.metrics();
        return metrics.getNumberOfSuccessfulCallsWithRetryAttempt() + metrics.getNumberOfFailedCallsWithRetryAttempt();
    }

    /** The new version of every changed document; with {@code capture} each is recorded in the outbox too. */
    private List<TouchedDocument> versions(SimpleQueryRunner tx, WriteStatements cypher, List<DocumentChange> changes,
                                           boolean capture) {
        List<TouchedDocument> touched = new ArrayList<>(changes.size());
        changes.stream().filter(c -> c.tombstone() != null).forEach(c ->
                touched.add(new TouchedDocument(c.collection().name(), c.key(), c.tombstone(), true)));
        if (capture && !touched.isEmpty()) {
            recordDeleted(tx, cypher, touched);
        }
        Map<CollectionMapping, List<Object>> live = changes.stream().filter(c -> c.tombstone() == null)
                .collect(Collectors.groupingBy(DocumentChange::collection, java.util.LinkedHashMap::new,
                        Collectors.mapping(DocumentChange::key, Collectors.toList())));
        long at = clock.millis();
        live.forEach((collection, keys) -> cypher.bumpVersions(collection, capture)
                .run(tx, Map.of("label", collection.root(), "keys", keys, "collection", collection.name(), "at", at))
                .forEachRemaining(row -> touched.add(new TouchedDocument(collection.name(),
                        Neo4jValues.toDocumentValue(row.get("key")), row.get("version").asLong(), false))));
        requireUpsertedNodes(changes, touched);
        return touched;
    }

    /**
     * An upserted root the version bump did not find was deleted by a transaction that committed while this one waited
     * for its lock: the upsert's {@code MERGE} had matched the node being deleted, and committing would answer success
     * for a node that is gone. Thrown so that the batch runs again ({@link GraphWriteRetry}) and creates it anew.
     */
    private static void requireUpsertedNodes(List<DocumentChange> changes, List<TouchedDocument> touched) {
        Set<List<Object>> versioned = touched.stream().map(d -> List.of(d.collection(), d.key())).collect(Collectors.toSet());
        List<String> vanished = changes.stream().filter(c -> c.upserted() && c.tombstone() == null)
                .filter(c -> !versioned.contains(List.of(c.collection().name(), c.key())))
                .map(c -> c.collection().name() + "/" + c.key()).toList();
        if (!vanished.isEmpty()) {
            throw new NodeDeletedMeanwhileException("Neo4j: " + vanished + " upserted by this batch was deleted by a "
                    + "concurrent transaction before the batch committed; the batch runs again");
        }
    }

    private void recordDeleted(SimpleQueryRunner tx, WriteStatements cypher, List<TouchedDocument> deleted) {
        List<Map<String, Object>> rows = deleted.stream().map(d -> Map.<String, Object>of(
                "collection", d.collection(), "key", d.key(), "version", d.version())).toList();
        cypher.capture().run(tx, Map.of("rows", rows, "at", clock.millis())).consume();
    }

}
