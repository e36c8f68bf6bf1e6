package dev.graph2doc.mapping;

import java.util.List;

/** Which node (or relationship) properties a document carries: all of them, or the listed ones in that order. */
public record Fields(boolean all, List<String> names) {

    public static final Fields ALL = new Fields(true, List.of());

    public Fields {
        names = List.copyOf(names);
    }

    public static Fields of(List<String> names) {
        return new Fields(false, names);
    }

    public static Fields none() {
        return new Fields(false, List.of());
    }
}
