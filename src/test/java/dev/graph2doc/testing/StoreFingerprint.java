package dev.graph2doc.testing;

import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.bson.Document;
import org.neo4j.driver.Session;

/**
 * Everything a request could change in either store, reduced to comparable text: every node with its labels and
 * properties, every relationship, every document of every tenant database, and the control collections that record
 * decisions (phases, audit, copy plans, verifications). Heartbeats and tallies, which move by themselves, are left out.
 */
public final class StoreFingerprint {

    private static final List<String> CONTROL = List.of("tenant_phases", "phase_audit", "copy_plans", "copy_control",
            "verification_runs", "verification_slices");

    private StoreFingerprint() {
    }

    public static String of(TestStores stores) {
        StringBuilder out = new StringBuilder();
        try (Session session = stores.neo4j().session()) {
            out.append(session.run("MATCH (n) WITH n ORDER BY elementId(n) RETURN collect([labels(n), properties(n)]) AS nodes")
                    .single().get("nodes").toString().hashCode()); // text: driver points have no value hashCode
            out.append(session.run("MATCH (a)-[r]->(b) WITH a, r, b ORDER BY elementId(r) "
                    + "RETURN collect([elementId(a), type(r), properties(r), elementId(b)]) AS rels").single().get("rels").toString().hashCode());
        }
        TreeMap<String, Integer> documents = new TreeMap<>();
        for (String name : stores.mongo().listDatabaseNames()) {
            if (List.of("admin", "config", "local").contains(name)) {
                continue;
            }
            MongoDatabase db = stores.mongo().getDatabase(name);
            for (String c : db.listCollectionNames()) {
                if (name.equals("graph2doc_control") && !CONTROL.contains(c)) {
                    continue;
                }
                documents.put(name + "." + c, db.getCollection(c).find().sort(new Document("_id", 1))
                        .into(new ArrayList<>()).hashCode());
            }
        }
        return out.append(documents).toString();
    }
}
