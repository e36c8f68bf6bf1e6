package dev.graph2doc.rehearse;

import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.MappingException;
import dev.graph2doc.mapping.MappingLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Which graph a rehearsal migrates: the mapping graph2doc serves, and either the demo fleet graph (seeded) or a
 * Cypher file ({@code --dataset}) loaded into Neo4j. {@code mappingGiven}: {@code --mapping} was on the command line;
 * with it or a dataset, the load is derived from the mapping ({@link MappedWorkload}) instead of the fleet's clients.
 */
public record GraphSource(Path mapping, Path dataset, boolean mappingGiven) {

    public static final int DEFAULT_TENANTS = 3;

    public boolean mappedLoad() {
        return mappingGiven || dataset != null;
    }

    /** The mapping, parsed; call only once {@link #problems} found none. */
    Mapping parse() throws IOException {
        return MappingLoader.parse(Files.readString(mapping), mapping.toString());
    }

    /**
     * Every reason this graph cannot be rehearsed, added to {@code problems}; the tenants to rehearse: {@code tenants}
     * as given, or the default (3, or 1 for a single-tenant mapping); -1 when the mapping could not be read.
     */
    int check(Integer tenants, List<String> problems) {
        String name = mappingGiven ? "--mapping" : "mapping (graph2doc.mapping, GRAPH2DOC_MAPPING)";
        if (dataset != null && !readable(dataset)) {
            problems.add("--dataset = '" + dataset + "' is not a readable file");
        }
        if (!readable(mapping)) {
            problems.add(name + " = '" + mapping + "' is not a readable file");
            return tenants == null ? DEFAULT_TENANTS : tenants;
        }
        Mapping parsed = parsed(name, problems);
        if (parsed == null) {
            return -1;
        }
        if (!parsed.tenancy().isFixed()) {
            return tenants == null ? DEFAULT_TENANTS : tenants;
        }
        if (dataset == null) {
            problems.add(name + " = '" + mapping + "' maps a single-tenant graph (tenant: { fixed: "
                    + parsed.tenancy().fixed() + " }), not the fleet graph the rehearsal seeds: give its --dataset");
        }
        if (tenants != null && tenants != 1) {
            problems.add("--tenants = " + tenants + ": " + mapping + " maps a single-tenant graph (tenant: { fixed: "
                    + parsed.tenancy().fixed() + " }), rehearse it with --tenants 1");
        }
        return 1;
    }

    /** The mapping, or null with the reason added to {@code problems}. */
    private Mapping parsed(String name, List<String> problems) {
        try {
            return parse();
        } catch (IOException e) {
            problems.add(name + " = '" + mapping + "' cannot be read: " + e.getMessage());
        } catch (MappingException e) {
            problems.add(name + " = '" + mapping + "' is not a valid mapping (" + e.problems().size() + " problem(s), first: "
                    + e.problems().get(0).format() + ")");
        }
        return null;
    }

    private static boolean readable(Path file) {
        return Files.isRegularFile(file) && Files.isReadable(file);
    }
}
