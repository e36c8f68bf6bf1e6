package dev.graph2doc.copy;

import dev.graph2doc.phase.GateInput;
import dev.graph2doc.phase.GuardedGate;
import dev.graph2doc.phase.PhaseTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Soft, before {@code FORK_WRITES}: no root of the tenant is a copy finding (a document MongoDB refused, a value that
 * cannot be mapped). Such a root is missing from MongoDB, so reads served from it would lack it; the operator fixes
 * the data or the mapping and copies the collection again, or forces the move with a reason.
 */
public final class CopyFindingsGate extends GuardedGate {

    private static final int EXAMPLES = 3;

    private final List<String> collections;
    private final CopyStateStore copies;

    public CopyFindingsGate(List<String> collections, CopyStateStore copies) {
        super(false, PhaseTransition.COPY_TO_FORK_WRITES);
        this.collections = List.copyOf(collections);
        this.copies = copies;
    }

    @Override
    public List<String> unmet(GateInput input) {
        String tenant = input.tenant();
        List<String> unmet = new ArrayList<>();
        for (String collection : collections) {
            long count = copies.countFindings(tenant, collection);
            if (count > 0) {
                String examples = copies.findings(tenant, collection, EXAMPLES).stream().map(CopyFinding::describe)
                        .collect(Collectors.joining("; "));
                unmet.add("copy of tenant '" + tenant + "' collection '" + collection + "' has " + count
                        + " root(s) MongoDB does not hold: " + examples + ". Fix the data or the mapping and copy it "
                        + "again (POST /migration/copy {\"tenants\":[\"" + tenant + "\"],\"collections\":[\"" + collection
                        + "\"],\"restart\":true}), or move with force and a reason");
            }
        }
        return unmet;
    }
}
