package dev.graph2doc.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.write.Mutation;
import dev.graph2doc.write.NativeDocumentWriter;
import dev.graph2doc.write.NodeRef;
import dev.graph2doc.write.TouchedDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Fault switches live in this package only, and the broken build's writer skips exactly the configured kind. */
class FaultsTest {

    private static final Path MAIN = Path.of("src/main/java/dev/graph2doc");

    @Test
    void shouldReadFaultSettingsOnlyInTheFaultsPackageWhenScanningTheMainSources() throws IOException {
        List<String> readers = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (!file.startsWith(MAIN.resolve("faults")) && Files.readString(file).contains("graph2doc.faults.")) {
                    readers.add(MAIN.relativize(file).toString());
                }
            }
        }
        assertThat(readers).as("production classes reading graph2doc.faults.*").isEmpty();
    }

    @Test
    void shouldLeaveOutOnlyTheConfiguredKindWhenWritingToMongoDbAlone() {
        List<List<Mutation>> written = new ArrayList<>();
        NativeDocumentWriter skipping = SkipMongoWrites.skipping(recording(written), "deleteNode");
        Mutation upsert = new Mutation.UpsertNode(new NodeRef("Device", "d-1"), Map.of("model", "x"));
        Mutation delete = new Mutation.DeleteNode(new NodeRef("Device", "d-2"));

        skipping.applyAlone("acme", List.of(upsert, delete));
        skipping.applyAlone("acme", List.of(delete));

        assertThat(written).containsExactly(List.of(upsert));
    }

    @Test
    void shouldWrapNothingWhenTheKindIsEmpty() {
        NativeDocumentWriter writer = recording(new ArrayList<>());
        assertThat(SkipMongoWrites.skipping(writer, "")).isSameAs(writer);
    }

    private static NativeDocumentWriter recording(List<List<Mutation>> written) {
        return new NativeDocumentWriter() {
            @Override
            public void prepare(String tenant) {
            }

            @Override
            public List<TouchedDocument> applyAfterGraph(String tenant, List<Mutation> mutations,
                                                         List<TouchedDocument> touched) {
                return touched;
            }

            @Override
            public List<TouchedDocument> applyAlone(String tenant, List<Mutation> mutations) {
                written.add(mutations);
                return List.of();
            }
        };
    }
}
