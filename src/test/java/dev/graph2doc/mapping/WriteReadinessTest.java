package dev.graph2doc.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class WriteReadinessTest {

    /** MappingLoaderTest's valid mapping is one MongoDB can serve alone; tests break it one line at a time. */
    private static final String VALID = MappingLoaderTest.VALID;

    @Test
    void shouldAcceptTheShippedMappings() throws IOException {
        for (String file : List.of("fleet.yaml", "movies.yaml")) {
            Mapping mapping = MappingLoader.parse(Files.readString(Path.of("migrations", file)), file);
            assertThat(WriteReadiness.problems(mapping)).as(file).isEmpty();
        }
        assertThat(problems(VALID)).isEmpty();
    }

    @Test
    void shouldRefuseEmbeddedFieldsWithoutTheTargetKey() {
        assertThat(problems(VALID.replace("fields: [id, model]", "fields: [model]")))
                .containsExactly("m.yaml:9 collections[0].embed[0].fields: does not include 'id', the key of collection "
                        + "'devices', by which MongoDB-native writes find the embedded Device — add id to the list");
    }

    @Test
    void shouldRefuseEmbeddedFieldsTheTargetCollectionDoesNotKeep() {
        String listed = VALID.replace("    key: id\n    references", "    key: id\n    fields: [id]\n    references");

        assertThat(problems(listed)).containsExactly("m.yaml:9 collections[0].embed[0].fields[1]: property 'model' is "
                + "not a field of collection 'devices', so MongoDB alone could not keep it current — add it to that "
                + "collection's fields, or remove it here");
        assertThat(problems(listed.replace("fields: [id, model]", "fields: \"*\"")))
                .containsExactly("m.yaml:9 collections[0].embed[0].fields: embeds every property of Device, but "
                        + "collection 'devices' keeps only its listed fields, so MongoDB alone could not keep the others "
                        + "current — list the embedded fields, or give collection 'devices' fields: \"*\"");
    }

    @Test
    void shouldListEveryProblemWhenRequired() {
        Mapping mapping = MappingLoader.parse(VALID.replace("fields: [id, model]", "fields: [model]"), "m.yaml");

        assertThatThrownBy(() -> WriteReadiness.require(mapping)).isInstanceOf(MappingException.class)
                .hasMessageContaining("m.yaml:9 collections[0].embed[0].fields: does not include 'id'");
    }

    private static List<String> problems(String yaml) {
        return WriteReadiness.problems(MappingLoader.parse(yaml, "m.yaml")).stream().map(MappingProblem::format).toList();
    }
}
