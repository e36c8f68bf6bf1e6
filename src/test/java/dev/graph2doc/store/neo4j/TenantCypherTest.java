package dev.graph2doc.store.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.MappingLoader;
import dev.graph2doc.mapping.Tenancy;
import dev.graph2doc.store.neo4j.TenantCypher.Query;
import dev.graph2doc.write.Mutation;
import dev.graph2doc.write.NodeRef;
import dev.graph2doc.write.Touch;
import dev.graph2doc.write.WriteImpact;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every query the Neo4j adapters issue for a tenant, rendered for the fleet mapping and read back as text. */
class TenantCypherTest {

    /** A labelled node pattern in MATCH, MERGE or a subquery: {@code (var:...)}, up to its closing parenthesis. */
    private static final Pattern LABELLED_NODE = Pattern.compile("\\(\\s*[A-Za-z_]\\w*\\s*:`[^)]*\\)");
    private static final String MAPPED = "`customerId`: $tenant";
    private static final String BOOKKEEPING = "{tenant: $tenant";

    private Mapping fleet;
    private TenantCypher acme;

    @BeforeEach
    void load() throws IOException {
        fleet = MappingLoader.parse(Files.readString(Path.of("migrations/fleet.yaml")), "fleet.yaml");
        acme = TenantCypher.forTenant(fleet.tenancy(), "acme");
    }

    @Test
    void shouldPutTheTenantOnEveryNodePatternWhenRenderingAnyReadQuery() {
        List<Query> queries = new ArrayList<>();
        for (CollectionMapping c : fleet.collections()) {
            RenderQuery render = new RenderQuery(fleet, c, acme);
            queries.addAll(List.of(render.range(null, null, 10), render.range("a", "b", 10), render.keys(List.of("k")),
                    render.count(), render.keysOnly(), render.page(Map.of("name", List.of("x")), "a", 5)));
            StatisticsQuery statistics = new StatisticsQuery(fleet, c, acme);
            queries.addAll(List.of(statistics.aggregate(3), statistics.largest(3)));
        }
        assertEveryNodePatternScoped(queries);
    }

    @Test
    void shouldPutTheTenantOnEveryNodePatternWhenRenderingAnyWriteQuery() {
        WriteStatements write = new WriteStatements(fleet, acme);
        List<Query> queries = new ArrayList<>(List.of(write.tombstones(), write.capture()));
        NodeRef bin = new NodeRef("Bin", "b-1");
        NodeRef device = new NodeRef("Device", "d-1");
        for (CollectionMapping c : fleet.collections()) {
            queries.addAll(List.of(write.upsert(c.root()), write.exists(c.root()), write.delete(c.root()),
                    write.bumpVersions(c, false), write.bumpVersions(c, true)));
        }
        queries.addAll(List.of(write.link("MONITORS", "Device", "Bin"), write.unlink("MONITORS", "Device", "Bin")));
        for (Mutation m : List.of(new Mutation.UpsertNode(device, Map.of("model", "M")), new Mutation.DeleteNode(bin),
                new Mutation.Link("MONITORS", device, bin, Map.of()))) {
            for (Touch touch : new WriteImpact(fleet).of(m)) {
                if (touch instanceof Touch.Neighbours n) {
                    queries.add(write.neighbours(n));
                }
            }
        }
        assertEveryNodePatternScoped(queries);
    }

    @Test
    void shouldRefuseAQueryWhenANodePatternHasNoTenantPredicate() {
        assertThatThrownBy(() -> acme.query("MATCH (n:`Bin`) RETURN n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Node pattern (n:`Bin`) has no tenant");
        assertThatThrownBy(() -> acme.query("MATCH " + acme.node("n", "Bin") + "<-[:`MONITORS`]-(d:Device) RETURN d"))
                .hasMessageContaining("(d:Device)");
        assertThatThrownBy(() -> acme.query("MATCH (n:`Bin` {tenant: $tenant}) RETURN n"))
                .as("graph2doc's own tenant property scopes its bookkeeping nodes only").hasMessageContaining("(n:`Bin`");
    }

    @Test
    void shouldBindTheTenantAsAParameterWhenAQueryIsBuilt() {
        Query q = acme.query("MATCH " + acme.node("n", "Bin", "id", "$key") + " RETURN n", Map.of("key", "b-1"));

        assertThat(q.text()).isEqualTo("MATCH (n:`Bin` {`id`: $key, `customerId`: $tenant}) RETURN n");
        assertThat(q.parameters()).containsEntry("tenant", "acme").containsEntry("key", "b-1");
        assertThatThrownBy(() -> acme.query("RETURN 1", Map.of("tenant", "beta")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("$tenant is bound");
        assertThatThrownBy(() -> q.run(null, Map.of("tenant", "beta"))).hasMessageContaining("$tenant is bound");
        assertThatThrownBy(() -> TenantCypher.forTenant(fleet.tenancy(), "")).hasMessageContaining("needs a tenant");
        assertThatThrownBy(() -> TenantCypher.forTenant(fleet.tenancy(), null)).hasMessageContaining("needs a tenant");
    }

    @Test
    void shouldKeepAnInjectedLabelInsideOneEscapedNameWhenRenderingANode() {
        String label = "Bin`) DETACH DELETE (m:X";

        String node = acme.node("n", label);

        assertThat(node).isEqualTo("(n:`Bin``) DETACH DELETE (m:X` {" + MAPPED + "})");
        assertThat(acme.query("MATCH " + node + " RETURN n").text()).contains(node);
        assertThatThrownBy(() -> acme.node("n", "Bin\0")).hasMessageContaining("not a usable Cypher name");
        assertThatThrownBy(() -> acme.relationship("r", "", true)).hasMessageContaining("not a usable Cypher name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"n) MATCH (x", "n:Other", "", "N", "n`"})
    void shouldRefuseAVariableWhenItIsNotAPlainIdentifier(String variable) {
        assertThatThrownBy(() -> acme.node(variable, "Bin")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a Cypher variable graph2doc writes: '" + variable + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"$key}) MATCH (x", "'b-1'", "$key OR true", "1", "$a.b.c"})
    void shouldRefuseAKeyExpressionWhenItIsNeitherAParameterNorAVariable(String expression) {
        assertThatThrownBy(() -> acme.node("n", "Bin", "id", expression)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a key must be a parameter or a variable, not '" + expression + "'");
    }

    @Test
    void shouldRefuseABookkeepingPatternWhenTheLabelIsAMappedOne() {
        assertThatThrownBy(() -> acme.bookkeeping("n", "Bin")).hasMessageContaining("not one of graph2doc's bookkeeping");
        assertThatThrownBy(() -> TenantCypher.forBookkeeping("acme").node("n", "Bin"))
                .hasMessageContaining("bookkeeping nodes only");
    }

    @Test
    void shouldRenderNoTenantPropertyWhenTheGraphHasOneFixedTenant() {
        TenantCypher fixed = TenantCypher.forTenant(Tenancy.fixed("default"), "default");

        assertThat(fixed.query("MATCH " + fixed.node("n", "Movie", "title", "$key") + " RETURN n").text())
                .isEqualTo("MATCH (n:`Movie` {`title`: $key}) RETURN n");
    }

    private static void assertEveryNodePatternScoped(List<Query> queries) {
        int patterns = 0;
        for (Query q : queries) {
            assertThat(q.parameters()).as(q.text()).containsEntry("tenant", "acme");
            Matcher m = LABELLED_NODE.matcher(q.text());
            while (m.find()) {
                patterns++;
                String pattern = m.group();
                assertThat(pattern.contains(MAPPED) || pattern.startsWith("(" + pattern.substring(1, pattern.indexOf(':'))
                        + ":`_G2d") && pattern.contains(BOOKKEEPING)).as(pattern + " in " + q.text()).isTrue();
            }
            assertThat(q.text()).as("no label predicate outside a pattern").doesNotContainPattern("WHERE \\w+:");
        }
        assertThat(patterns).as("node patterns checked").isGreaterThan(queries.size());
    }
}
