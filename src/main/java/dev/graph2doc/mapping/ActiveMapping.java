package dev.graph2doc.mapping;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.file.Path;

/**
 * The mapping this service runs with ({@code graph2doc.mapping}), loaded and checked against the live graph
 * on first use. The service loads it before it opens its port, so an invalid mapping stops start-up with
 * every problem listed.
 */
@Singleton
public final class ActiveMapping {

    private final Path file;
    private final GraphSchema schema;
    private volatile Mapping mapping;

    public ActiveMapping(@Value("${graph2doc.mapping:migrations/fleet.yaml}") String file, GraphSchema schema) {
        this.file = Path.of(file);
        this.schema = schema;
    }

    /** @throws MappingException with every problem when the file cannot be used */
    public Mapping get() {
        Mapping loaded = mapping;
        if (loaded == null) {
            synchronized (this) {
                if (mapping == null) {
                    mapping = MappingLoader.load(file, schema);
                }
                loaded = mapping;
            }
        }
        return loaded;
    }
}
