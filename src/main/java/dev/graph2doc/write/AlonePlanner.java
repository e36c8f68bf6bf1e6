package dev.graph2doc.write;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.Mapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plans a batch against MongoDB alone, in memory: resolves each mutation's touches to stored documents (a root by
 * {@code _id}, neighbours by what their field shows), patches them in batch order, and refuses the whole batch,
 * with every problem, before anything is written.
 */
public final class AlonePlanner {

    private final Mapping mapping;
    private final StoredDocumentLookup lookup;
    private final WriteImpact impact;
    private final DocumentPatcher patcher;

    public AlonePlanner(Mapping mapping, StoredDocumentLookup lookup) {
        this.mapping = mapping;
        this.lookup = lookup;
        this.impact = new WriteImpact(mapping);
        this.patcher = new DocumentPatcher(mapping, DocumentPatcher.Mode.PRIMARY);
    }

    /** @throws MutationRejectedException naming every mutation that cannot be applied; then nothing is planned */
    public WorkingSet plan(String tenant, List<Mutation> mutations) {
        WorkingSet documents = new WorkingSet(lookup, mapping, tenant);
        List<MutationProblem> problems = new ArrayList<>();
        for (int i = 0; i < mutations.size(); i++) {
            Mutation mutation = mutations.get(i);
            Optional<String> problem = addressing(tenant, mutation, documents);
            if (problem.isPresent()) {
                problems.add(new MutationProblem(i, problem.get()));
                continue;
            }
            try {
                for (Touch touch : impact.of(mutation)) {
                    apply(tenant, touch, mutation, documents);
                }
            } catch (NotExpressibleException e) {
                problems.add(new MutationProblem(i, e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new MutationRejectedException(problems);
        }
        return documents;
    }

    private void apply(String tenant, Touch touch, Mutation mutation, WorkingSet documents) {
        List<WorkingSet.Slot> targets = switch (touch) {
            case Touch.Root root -> List.of(documents.slot(root.collection().name(), root.node().key()));
            case Touch.Neighbours neighbours -> documents.showing(neighbours, patcher);
        };
        for (WorkingSet.Slot slot : targets) {
            var before = slot.body;
            slot.body = patcher.apply(tenant, touch, mutation, before, documents::root);
            slot.touched |= before != null || slot.body != null;
        }
    }

    /** Why {@code mutation} addresses a node MongoDB cannot hold, or a link end the tenant does not have. */
    private Optional<String> addressing(String tenant, Mutation mutation, WorkingSet documents) {
        List<NodeRef> nodes = switch (mutation) {
            case Mutation.UpsertNode u -> List.of(u.node());
            case Mutation.DeleteNode d -> List.of(d.node());
            case Mutation.Link l -> List.of(l.from(), l.to());
            case Mutation.Unlink u -> List.of(u.from(), u.to());
        };
        for (NodeRef node : nodes) {
            if (mapping.rootedAt(node.label()).isEmpty()) {
                return Optional.of("label '" + node.label() + "' roots no collection of " + mapping.source()
                        + ", so MongoDB cannot hold " + node + " — use one of " + mapping.collections().stream()
                        .map(CollectionMapping::root).toList());
            }
            if (mutation instanceof Mutation.Link l && documents.root(node).isEmpty()) {
                return Optional.of("link " + l.type() + " from " + l.from() + " to " + l.to() + ": " + node
                        + " does not exist in tenant '" + tenant + "' — upsert it first, in this batch or before");
            }
        }
        return Optional.empty();
    }
}
