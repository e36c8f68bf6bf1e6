package dev.graph2doc.store.neo4j;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.write.Mutation;
import dev.graph2doc.write.MutationProblem;
import dev.graph2doc.write.MutationRejectedException;
import dev.graph2doc.write.NodeRef;
import dev.graph2doc.write.Touch;
import dev.graph2doc.write.WriteImpact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Record;

/**
 * One batch inside one Neo4j transaction: applies each mutation in order and remembers every document it
 * touches (resolved before a delete removes the paths to it). Problems are collected for the whole batch and
 * thrown at the end, which rolls the transaction back: all of the batch or none of it.
 */
final class WriteTransaction {

    /**
     * What the batch did to one document: still there, or deleted and tombstoned at {@code tombstone}. {@code upserted}:
     * the batch upserted its root node, so the node must still exist when the batch versions it.
     */
    record DocumentChange(CollectionMapping collection, Object key, Long tombstone, boolean upserted) {
    }

    private final SimpleQueryRunner tx;
    private final WriteStatements cypher;
    private final WriteImpact impact;
    private final String tenant;
    private final Map<List<Object>, DocumentChange> changes = new LinkedHashMap<>();
    private final List<MutationProblem> problems = new ArrayList<>();

    WriteTransaction(SimpleQueryRunner tx, WriteStatements cypher, WriteImpact impact, String tenant) {
        this.tx = tx;
        this.cypher = cypher;
        this.impact = impact;
        this.tenant = tenant;
    }

    List<DocumentChange> apply(List<Mutation> mutations) {
        for (int i = 0; i < mutations.size(); i++) {
            apply(i, mutations.get(i));
        }
        if (!problems.isEmpty()) {
            throw new MutationRejectedException(problems);
        }
        return List.copyOf(changes.values());
    }

    private void apply(int index, Mutation mutation) {
        switch (mutation) {
            case Mutation.UpsertNode u -> {
                run(cypher.upsert(u.node().label()), params(u.node()).with("properties", u.properties()));
                touch(mutation);
                cypher.rootedAt(u.node().label()).ifPresent(root -> changes.computeIfPresent(List.of(root.name(),
                        u.node().key()), (id, c) -> new DocumentChange(root, c.key(), null, true)));
            }
            case Mutation.DeleteNode d -> delete(d);
            case Mutation.Link l -> link(index, l);
            case Mutation.Unlink u -> {
                run(cypher.unlink(u.type(), u.from().label(), u.to().label()), ends(u.from(), u.to()));
                touch(mutation);
            }
        }
    }

    /**
     * The tombstone must be newer than every version the node had, so the version is read under the node's lock (a
     * write committing meanwhile would otherwise leave a tombstone at or below its version, and the lineage of a
     * re-created node would go back). A node replaced while this waited for its lock runs the batch again.
     */
    private void delete(Mutation.DeleteNode d) {
        List<Record> locked = run(cypher.lockForDelete(d.node().label()), params(d.node()));
        if (locked.isEmpty()) {
            return;
        }
        Record found = locked.get(0);
        if (!found.get("same").asBoolean(false)) {
            throw new NodeDeletedMeanwhileException("Neo4j: " + d.node() + " was replaced by another transaction while "
                    + "this batch waited to delete it");
        }
        touch(d);
        long tombstone = (found.get("version").isNull() ? 0 : found.get("version").asLong()) + 1;
        run(cypher.delete(d.node().label()), params(d.node()));
        run(cypher.tombstones(), new Params(Map.of("label", d.node().label(),
                "rows", List.of(Map.of("key", d.node().key(), "version", tombstone)))));
        CollectionMapping root = cypher.rootOf(d.node().label());
        changes.put(List.of(root.name(), d.node().key()), new DocumentChange(root, d.node().key(), tombstone, false));
    }

    private void link(int index, Mutation.Link l) {
        List<Record> rows = run(cypher.link(l.type(), l.from().label(), l.to().label()),
                ends(l.from(), l.to()).with("properties", l.properties()));
        if (rows.isEmpty() || rows.get(0).get("linked").asLong() == 0) {
            problems.add(new MutationProblem(index, "cannot link " + l.from() + " -[" + l.type() + "]-> " + l.to()
                    + ": " + missingEnd(l.from(), l.to()) + " does not exist in tenant '" + tenant
                    + "'; create it with upsertNode first"));
            return;
        }
        touch(l);
    }

    private String missingEnd(NodeRef from, NodeRef to) {
        boolean fromFound = run(cypher.exists(from.label()), params(from)).get(0).get("found").asBoolean();
        return fromFound ? to.toString() : from.toString();
    }

    private void touch(Mutation mutation) {
        for (Touch touch : impact.of(mutation)) {
            switch (touch) {
                case Touch.Root r -> live(r.collection(), r.node().key());
                case Touch.Neighbours n -> run(cypher.neighbours(n), params(n.node()))
                        .forEach(row -> live(n.collection(), Neo4jValues.toDocumentValue(row.get("key"))));
            }
        }
    }

    /** Re-created after a delete in the same batch: live again, its next version continues past the tombstone. */
    private void live(CollectionMapping collection, Object key) {
        changes.merge(List.of(collection.name(), key), new DocumentChange(collection, key, null, false),
                (before, now) -> before.tombstone() == null ? before : now);
    }

    private Params params(NodeRef node) {
        return new Params(new HashMap<>(Map.of("key", node.key())));
    }

    private Params ends(NodeRef from, NodeRef to) {
        return new Params(new HashMap<>(Map.of("from", from.key(), "to", to.key())));
    }

    private List<Record> run(TenantCypher.Query query, Params params) {
        return query.run(tx, params.values()).list();
    }

    private record Params(Map<String, Object> values) {
        Params with(String name, Object value) {
            Map<String, Object> out = new HashMap<>(values);
            out.put(name, value);
            return new Params(out);
        }
    }
}
