package dev.graph2doc.mapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem of one mapping file, so that the author sees them all at once. */
final class Problems {

    private final String file;
    private final List<MappingProblem> found = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void add(int line, String path, String message, String suggestion) {
        found.add(new MappingProblem(file, line, path, message, suggestion));
    }

    /** A problem about a declaration whose line the mapping remembers. */
    void add(Mapping mapping, String path, String message, String suggestion) {
        add(mapping.line(path), path, message, suggestion);
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** In file order (stable, so problems of one line keep the order they were found in); line 0 first. */
    List<MappingProblem> all() {
        return found.stream().sorted(Comparator.comparingInt(MappingProblem::line)).toList();
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new MappingException(all());
        }
    }
}
