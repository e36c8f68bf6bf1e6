package dev.graph2doc.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Query safety by construction, checked over the main sources (property {@code arch.sources}, default
 * {@code src/main/java}): tenant data in MongoDB is reached only through {@code store/mongo/TenantCollection}, whose
 * only factory takes the tenant and which never hands out the driver's collection; Cypher issued by the Neo4j
 * adapters is either a {@code TenantCypher.Query} (built for one tenant, every node pattern scoped, {@code $tenant}
 * bound) or an explicitly named {@code CrossTenantQuery}. Every exception is listed here with its reason; a new one
 * fails the build and names itself.
 */
class QuerySafetyArchitectureTest {

    private static final Path SOURCES = Path.of(System.getProperty("arch.sources", "src/main/java"));
    private static final Pattern GET_DATABASE = Pattern.compile("getDatabase\\b\\s*\\(?([^)]*)");
    private static final Pattern GET_COLLECTION = Pattern.compile("getCollection\\b");
    private static final Pattern RAW_COLLECTION_TYPE = Pattern.compile("\\bMongo(Collection|Database)\\b");

    /** Control-plane stores: graph2doc's own state in the control database, never a tenant's documents. */
    private static final Set<String> CONTROL_PLANE = Set.of("MongoPhaseStore.java", "MongoInstanceStore.java",
            "MongoCopyStateStore.java", "MongoVerificationStore.java", "MongoComparisonTallyStore.java",
            "MongoMismatchSampleStore.java", "MongoOperatorActionStore.java");
    /** The embedded MongoDB-wire server's own backend: the server side of the wire (its types share the names), no client. */
    private static final Set<String> SERVER_SIDE = Set.of("IdLookupMemoryBackend.java");

    /**
     * Outside observers that must see MongoDB without graph2doc in between: the rehearsal corrupts documents on
     * purpose (Faults opens the tenant's database, CorruptionInjection rewrites documents in it) and checks its ledger
     * against what is stored (LedgerCheck).
     */
    private static final Set<String> OBSERVERS = Set.of("Faults.java", "CorruptionInjection.java", "LedgerCheck.java");
    /** file: the argument of {@code getDatabase}, up to its first ")". */
    private static final Map<String, String> DATABASE_USES = Map.ofEntries(
            Map.entry("TenantCollection.java: target.databaseFor(tenant", "the one tenant-bound handle"),
            Map.entry("MongoConnector.java: \"admin\"", "ping"),
            Map.entry("MongoHealthIndicator.java: \"admin\"", "buildInfo"),
            Map.entry("MongoBulkWriter.java: \"admin\"", "the server's write batch size"),
            Map.entry("MongoBulkWriter.java: name", "drops the benchmarks' own databases by prefix"),
            Map.entry("BenchTenant.java: mapping.target(", "drops the benchmark tenant's database"),
            Map.entry("BenchPhases.java: CONTROL_DATABASE", "drops its own control database"),
            Map.entry("BenchContext.java: database", "drops its own run's control database"),
            Map.entry("Faults.java: mapping.target(", "outside observer"),
            Map.entry("ChaosCorruption.java: chaos.mapping(", "outside observer: the chaos nemesis corrupts one tenant's documents"),
            Map.entry("LedgerCheck.java: mapping.target(", "outside observer"));

    /** A driver call: {@code run(} whose first argument is the Cypher, not a {@code tx}/{@code session} runner. */
    private static final Pattern DRIVER_RUN = Pattern.compile("\\.run\\(\\s*(?!(tx|session)\\s*[,)])");
    /**
     * Neo4j sources that may hand Cypher to the driver themselves: the two query types, and the named cross-tenant
     * ones — schema checks read the whole graph by design (labels, keys, duplicates per tenant), the health check
     * asks for the server version, and the demo fleet seeder writes generated tenants (not the data API).
     */
    private static final Set<String> CYPHER_RUNNERS = Set.of("TenantCypher.java", "CrossTenantQuery.java",
            "Neo4jGraphSchema.java", "Neo4jHealthIndicator.java", "Neo4jFleetGraphStore.java");
    /** Where {@code $tenant} may be written: the builder, and the demo fleet seeder. */
    private static final Set<String> TENANT_PARAMETER = Set.of("TenantCypher.java", "Neo4jFleetGraphStore.java");

    @Test
    void shouldRunCypherOnlyThroughTenantCypherOrANamedCrossTenantQueryWhenANeo4jAdapterQueries() {
        Set<String> unexpected = new TreeSet<>();
        forEachNeo4jSource((file, source) -> {
            if (!CYPHER_RUNNERS.contains(file) && DRIVER_RUN.matcher(source).find()) {
                unexpected.add(file);
            }
        });
        assertThat(unexpected).as("a query for a tenant is built by TenantCypher.forTenant(...) and run as its Query; "
                + "a deliberately cross-tenant one is a CrossTenantQuery").isEmpty();
    }

    @Test
    void shouldWriteTheTenantPredicateOnlyInTenantCypherWhenANeo4jAdapterBuildsAQuery() {
        Set<String> unexpected = new TreeSet<>();
        forEachNeo4jSource((file, source) -> {
            if (!TENANT_PARAMETER.contains(file) && source.contains("$tenant")) {
                unexpected.add(file);
            }
        });
        assertThat(unexpected).as("tenant predicates written by hand; use TenantCypher.node(...)").isEmpty();
    }

    @Test
    void shouldOpenMongoDatabasesOnlyInTenantCollectionAndTheListedPlacesWhenAnyMainCodeDoes() {
        List<String> unexpected = new ArrayList<>();
        forEachSource((file, source) -> {
            Matcher m = GET_DATABASE.matcher(source);
            while (m.find()) {
                String use = file + ": " + m.group(1).strip();
                if (!m.group(1).strip().equals("controlDatabase") && !DATABASE_USES.containsKey(use)
                        || m.group(1).strip().equals("controlDatabase") && !CONTROL_PLANE.contains(file)) {
                    unexpected.add(use);
                }
            }
        });
        assertThat(unexpected).as("tenant data must go through TenantCollection, which binds the handle to the "
                + "tenant; list another database use here only with a reason").isEmpty();
    }

    @Test
    void shouldOpenMongoCollectionsOnlyInTenantCollectionAndTheControlPlaneWhenAnyMainCodeDoes() {
        Set<String> unexpected = new TreeSet<>();
        forEachSource((file, source) -> {
            boolean allowed = file.equals("TenantCollection.java") || CONTROL_PLANE.contains(file) || OBSERVERS.contains(file)
                    || SERVER_SIDE.contains(file);
            if (!allowed && (GET_COLLECTION.matcher(source).find() || RAW_COLLECTION_TYPE.matcher(source).find())) {
                unexpected.add(file);
            }
        });
        assertThat(unexpected).as("no main code outside TenantCollection, the control-plane stores and the "
                + "rehearsal's observers holds a MongoCollection or MongoDatabase").isEmpty();
    }

    @Test
    void shouldNeverHandOutTheDriversCollectionWhenTenantCollectionIsUsed() throws ClassNotFoundException {
        Class<?> handle = Class.forName("dev.graph2doc.store.mongo.TenantCollection");
        List<String> exposed = new ArrayList<>();
        for (Method m : handle.getDeclaredMethods()) {
            if (!Modifier.isPrivate(m.getModifiers()) && m.getReturnType().getName().startsWith("com.mongodb.client.Mongo")) {
                exposed.add(m.getName());
            }
        }
        for (Field f : handle.getDeclaredFields()) {
            if (!Modifier.isPrivate(f.getModifiers()) && f.getType().getName().startsWith("com.mongodb.client.Mongo")) {
                exposed.add(f.getName());
            }
        }
        assertThat(Arrays.stream(handle.getDeclaredConstructors()).filter(c -> !Modifier.isPrivate(c.getModifiers())))
                .as("TenantCollection is made only by open(client, target, tenant, collection)").isEmpty();
        assertThat(exposed).as("the driver's collection must not leave TenantCollection").isEmpty();
    }

    private interface SourceVisitor {
        void visit(String file, String source);
    }

    private static void forEachNeo4jSource(SourceVisitor visitor) {
        forEachSource(SOURCES.resolve("dev/graph2doc/store/neo4j"), visitor);
    }

    private static void forEachSource(SourceVisitor visitor) {
        forEachSource(SOURCES, visitor);
    }

    private static void forEachSource(Path root, SourceVisitor visitor) {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                visitor.visit(file.getFileName().toString(), Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
