package dev.graph2doc.store.neo4j;

import dev.graph2doc.demo.FleetCounts;
import dev.graph2doc.demo.FleetGenerator;
import dev.graph2doc.demo.FleetGraphStore;
import dev.graph2doc.demo.GeoPoint;
import dev.graph2doc.demo.SeedBin;
import dev.graph2doc.demo.SeedDevice;
import dev.graph2doc.demo.SeedNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Values;

/** Writes the demo fleet graph with batched {@code UNWIND} statements: one round trip per batch, not per node. */
public final class Neo4jFleetGraphStore implements FleetGraphStore {

    private static final List<String> LABELS = List.of("Customer", "Site", "Bin", "Device", "Reading");
    private static final String T = FleetGenerator.TENANT_PROPERTY;

    private final Driver driver;

    public Neo4jFleetGraphStore(Driver driver) {
        this.driver = driver;
    }

    @Override
    public void prepare() {
        try (Session session = driver.session()) {
            for (String label : LABELS) {
                session.run("CREATE INDEX fleet_" + label.toLowerCase() + "_key IF NOT EXISTS FOR (n:" + label
                        + ") ON (n." + T + ", n.id)").consume();
            }
            session.run("CALL db.awaitIndexes(300)").consume();
        }
    }

    @Override
    public boolean hasTenant(String tenant) {
        return count("MATCH (c:Customer {" + T + ": $tenant}) RETURN count(c)", tenant) > 0;
    }

    @Override
    public void createCustomer(SeedNode customer) {
        write("CREATE (c:Customer) SET c = $props", Map.of("props", props(customer)));
    }

    @Override
    public void createSites(String tenant, List<SeedNode> sites) {
        write("MATCH (c:Customer {" + T + ": $tenant, id: $tenant}) "
                + "UNWIND $rows AS row CREATE (c)-[:OWNS]->(s:Site) SET s = row",
                Map.of("tenant", tenant, "rows", sites.stream().map(Neo4jFleetGraphStore::props).toList()));
    }

    @Override
    public void createBins(String tenant, List<SeedBin> bins) {
        List<Map<String, Object>> rows = bins.stream().map(b -> Map.<String, Object>of(
                "props", props(b.bin()), "site", b.siteKey(), "position", b.position())).toList();
        write("UNWIND $rows AS row MATCH (s:Site {" + T + ": $tenant, id: row.site}) "
                + "CREATE (s)-[:HAS_BIN {position: row.position}]->(b:Bin) SET b = row.props",
                Map.of("tenant", tenant, "rows", rows));
    }

    @Override
    public void createDevices(String tenant, List<SeedDevice> devices) {
        List<Map<String, Object>> rows = devices.stream().map(d -> Map.<String, Object>of(
                "props", props(d.device()), "bin", d.binKey(), "since", d.monitoringSince(),
                "readings", d.readings().stream().map(Neo4jFleetGraphStore::props).toList())).toList();
        write("UNWIND $rows AS row MATCH (b:Bin {" + T + ": $tenant, id: row.bin}) "
                + "CREATE (d:Device)-[:MONITORS {since: row.since}]->(b) SET d = row.props "
                + "WITH d, row UNWIND row.readings AS r CREATE (d)-[:REPORTED]->(x:Reading) SET x = r",
                Map.of("tenant", tenant, "rows", rows));
    }

    /** Removes every node of one tenant, in batches so that a large tenant does not need one huge transaction. */
    public void deleteTenant(String tenant) {
        try (Session session = driver.session()) {
            for (String label : LABELS) { // by label, so each MATCH uses the (tenant, id) index
                session.run("MATCH (n:" + label + " {" + T + ": $tenant}) CALL (n) { DETACH DELETE n } "
                        + "IN TRANSACTIONS OF 10000 ROWS", Map.of("tenant", tenant)).consume();
            }
        }
    }

    @Override
    public FleetCounts count(String tenant) {
        Map<String, Long> nodes = new LinkedHashMap<>();
        for (String label : LABELS) {
            nodes.put(label, count("MATCH (n:" + label + " {" + T + ": $tenant}) RETURN count(n)", tenant));
        }
        Map<String, Long> rels = new LinkedHashMap<>();
        rels.put("OWNS", countRels("Customer", "OWNS", "Site", tenant));
        rels.put("HAS_BIN", countRels("Site", "HAS_BIN", "Bin", tenant));
        rels.put("MONITORS", countRels("Device", "MONITORS", "Bin", tenant));
        rels.put("REPORTED", countRels("Device", "REPORTED", "Reading", tenant));
        return new FleetCounts(nodes, rels);
    }

    private long countRels(String from, String type, String to, String tenant) {
        return count("MATCH (:" + from + " {" + T + ": $tenant})-[r:" + type + "]->(:" + to + " {" + T
                + ": $tenant}) RETURN count(r)", tenant);
    }

    private long count(String cypher, String tenant) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher, Map.of("tenant", tenant)).single().get(0).asLong());
        }
    }

    private void write(String cypher, Map<String, Object> params) {
        try (Session session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(cypher, params).consume());
        }
    }

    /** Demo values are plain Java; only points need the driver's own type. */
    private static Map<String, Object> props(SeedNode node) {
        Map<String, Object> props = new HashMap<>(node.properties());
        props.replaceAll((k, v) -> v instanceof GeoPoint p ? Values.point(4326, p.longitude(), p.latitude()) : v);
        return props;
    }
}
