package dev.graph2doc.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.graph2doc.mapping.GraphSchema.DuplicateKey;
import dev.graph2doc.mapping.GraphSchema.KeyType;
import dev.graph2doc.mapping.GraphSchema.LabelSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data side of the start-up check on a hand-made graph: directions, key types, label kinds, label properties. */
class GraphDataChecksTest {

    private static final String HOSTS = """
            tenant: { fixed: lab }
            target: { layout: database-per-tenant }
            collections:
              - name: hosts
                root: Host
                key: ip
                fields: [ip, hostname]
                embed:
                  - { field: site, rel: IN_SITE, direction: in, target: Site, as: object, fields: [id] }
              - name: sites
                root: Site
                key: id
                references:
                  - { field: hostIps, rel: IN_SITE, direction: out, target: Host }
            """;

    private static final Set<String> LABELS = Set.of("Host", "Site", "Router");
    private static final Set<String> TYPES = Set.of("IN_SITE");
    private static final Set<String> KEYS = Set.of("ip", "host_name", "hostName", "id");

    @TempDir
    Path dir;

    private FakeGraphSchema graph() {
        return FakeGraphSchema.of(LABELS, TYPES, KEYS).withLabelKeys("Host", "ip", "host_name")
                .withLabelKeys("Router", "hostName").withLabelKeys("Site", "id");
    }

    @Test
    void shouldSuggestTheClosestPropertyOfThatLabelWhenAFieldIsUnknown() throws IOException {
        assertThat(problems(HOSTS, graph())).containsExactly("m.yaml:7 collections[0].fields[1]: property 'hostname' "
                + "is not in the graph — did you mean 'host_name'?");
    }

    @Test
    void shouldNameBothCountsAndTheFixWhenEmbedAndReferencePointTheOtherWay() throws IOException {
        String yaml = HOSTS.replace("[ip, hostname]", "[ip, host_name]");
        FakeGraphSchema schema = graph().withPattern("Host", "IN_SITE", 0, 8085).withPattern("Site", "IN_SITE", 0, 12);

        assertThat(problems(yaml, schema)).containsExactly(
                "m.yaml:9 collections[0].embed[0].direction: no (:Host)<-[:IN_SITE]-(:Site) in the graph; 8085 Host "
                        + "node(s) have (:Host)-[:IN_SITE]->(:Site), the other way — did you mean direction: out?",
                "m.yaml:14 collections[1].references[0].direction: no (:Site)-[:IN_SITE]->(:Host) in the graph; 12 Site "
                        + "node(s) have (:Site)<-[:IN_SITE]-(:Host), the other way — did you mean direction: in?");
    }

    @Test
    void shouldAcceptAPatternWithNothingEitherWayWhenTheRelationshipTypeIsEmpty() throws IOException {
        String yaml = HOSTS.replace("[ip, hostname]", "[ip, host_name]");

        Mapping mapping = MappingLoader.load(write(yaml), graph().withPattern("Host", "IN_SITE", 0, 0));

        assertThat(mapping.collections()).hasSize(2);
    }

    @Test
    void shouldRefuseWithCountsPerTypeWhenTheKeyMixesStringsAndAnInteger() throws IOException {
        String yaml = HOSTS.replace("[ip, hostname]", "[ip, host_name]");
        FakeGraphSchema schema = graph().withKeyTypes("Host", new KeyType("STRING", 39, List.of("10.4.9", "10.4.8")),
                new KeyType("INTEGER", 1, List.of(10410L)));

        assertThat(problems(yaml, schema)).containsExactly("m.yaml:6 collections[0].key: key 'ip' of Host (collection "
                + "hosts) mixes types: STRING on 39 nodes (e.g. '10.4.9', '10.4.8'), INTEGER on 1 (e.g. 10410): keys of "
                + "one collection must have one type — convert them (e.g. MATCH (n:Host) SET n.ip = toString(n.ip)) or "
                + "choose another key");
    }

    @Test
    void shouldNameTheLabelCombinationsWhenADuplicatedKeySitsOnTwoKindsOfNode() throws IOException {
        String yaml = HOSTS.replace("[ip, hostname]", "[ip, host_name]");
        FakeGraphSchema schema = graph().withDuplicates("Host", new DuplicateKey(null, "10.0.0.1", 2))
                .withCombinations("Host", new LabelSet(List.of("Host", "Machine"), 20), new LabelSet(List.of("Host", "Router"), 20));

        assertThat(problems(yaml, schema)).containsExactly("m.yaml:6 collections[0].key: key 'ip' is not unique among "
                + "Host nodes of one tenant: '10.0.0.1' on 2 nodes of tenant 'lab'; the label Host sits on 2 kinds of "
                + "node: :Host:Machine on 20, :Host:Router on 20 — give each kind of node its own label (and collection), "
                + "or choose a key unique across them");
    }

    private List<String> problems(String yaml, FakeGraphSchema schema) throws IOException {
        Path file = write(yaml);
        MappingException thrown = catchThrowableOfType(MappingException.class, () -> MappingLoader.load(file, schema));
        assertThat(thrown).as("expected problems").isNotNull();
        return thrown.problems().stream().map(p -> p.format().replace(dir.toString() + "/", "")).toList();
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("m.yaml"), yaml);
    }
}
