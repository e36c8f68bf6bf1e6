package dev.graph2doc.mapping;

import java.util.List;

/** A MongoDB index on document paths (e.g. {@code site.id}), ascending, optionally unique. */
public record IndexSpec(List<String> paths, boolean unique) {

    public IndexSpec {
        paths = List.copyOf(paths);
    }
}
