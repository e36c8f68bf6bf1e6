package dev.graph2doc.mapping;

import java.util.List;

/**
 * One page of rendered roots, in key order. {@code lastKey} is the last root read (rendered or not), so a
 * caller paginating by key moves on past roots whose values could not be mapped ({@code problems}).
 */
public record RenderBatch(List<DocumentView> documents, List<UnmappableValueException> problems, Object lastKey,
                          int rootsRead) {

    public RenderBatch {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
    }

    public boolean isEmpty() {
        return rootsRead == 0;
    }
}
