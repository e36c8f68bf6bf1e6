package dev.graph2doc.faults;

import dev.graph2doc.write.Mutation;
import dev.graph2doc.write.NativeDocumentWriter;
import dev.graph2doc.write.TouchedDocument;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * {@code graph2doc.faults.skip-mongodb-write-of=<kind>}, a deliberately broken build for the rehearsal's own test:
 * once unforked, mutations of this kind ({@code upsertNode}, {@code deleteNode}, {@code link}, {@code unlink}) are
 * acknowledged without being written. Wraps the MongoDB writer only when the property is set.
 */
@Singleton
@Requires(property = "graph2doc.faults.skip-mongodb-write-of")
final class SkipMongoWrites implements BeanCreatedEventListener<NativeDocumentWriter> {

    private final String kind;

    SkipMongoWrites(@Value("${graph2doc.faults.skip-mongodb-write-of}") String kind) {
        this.kind = kind.trim();
    }

    @Override
    public NativeDocumentWriter onCreated(BeanCreatedEvent<NativeDocumentWriter> event) {
        return skipping(event.getBean(), kind);
    }

    /** {@code writer}, but its MongoDB-alone writes leave out mutations of {@code kind} (none when it is empty). */
    static NativeDocumentWriter skipping(NativeDocumentWriter writer, String kind) {
        return kind.isEmpty() ? writer : new NativeDocumentWriter() {
            @Override
            public boolean isTransient(Throwable failure) {
                return writer.isTransient(failure);
            }

            @Override
            public void prepare(String tenant) {
                writer.prepare(tenant);
            }

            @Override
            public List<TouchedDocument> applyAfterGraph(String tenant, List<Mutation> mutations,
                                                         List<TouchedDocument> touched) {
                return writer.applyAfterGraph(tenant, mutations, touched);
            }

            @Override
            public List<TouchedDocument> applyAlone(String tenant, List<Mutation> mutations) {
                List<Mutation> kept = mutations.stream().filter(m -> !kindOf(m).equals(kind)).toList();
                return kept.isEmpty() ? List.of() : writer.applyAlone(tenant, kept);
            }
        };
    }

    private static String kindOf(Mutation m) {
        String name = m.getClass().getSimpleName();
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
