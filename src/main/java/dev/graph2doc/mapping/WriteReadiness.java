package dev.graph2doc.mapping;

import java.util.List;
import java.util.Optional;

/**
 * Whether a mapping can be served by MongoDB-native writes. Checks that MongoDB alone can keep every document current once the graph is gone ({@code UNFORKED}): an
 * embedded item is rebuilt from its target's own document, so the item's fields must be fields of that
 * document, and must include the target's key, by which native writes find the item again. (That every target
 * is the root of a collection is checked in {@link MappingRules}.)
 *
 * <p>Kept apart from the loader's rules on purpose: a mapping that only copies and compares (or a test about
 * another rule) may embed what MongoDB could not maintain alone; the native write path refuses it at start.
 */
public final class WriteReadiness {

    private WriteReadiness() {
    }

    /** Every reason MongoDB alone could not keep {@code mapping}'s documents current; empty when it can. */
    public static List<MappingProblem> problems(Mapping mapping) {
        Problems problems = new Problems(mapping.source());
        check(mapping, problems);
        return problems.all();
    }

    /** Throws a {@link MappingException} listing every problem when {@code mapping} cannot be written natively. */
    public static void require(Mapping mapping) {
        List<MappingProblem> found = problems(mapping);
        if (!found.isEmpty()) {
            throw new MappingException(found);
        }
    }

    private static void check(Mapping mapping, Problems problems) {
        for (int i = 0; i < mapping.collections().size(); i++) {
            CollectionMapping collection = mapping.collections().get(i);
            for (int e = 0; e < collection.embeds().size(); e++) {
                Embed embed = collection.embeds().get(e);
                Optional<CollectionMapping> target = mapping.collections().stream()
                        .filter(c -> embed.target() != null && embed.target().equals(c.root())).findFirst();
                if (target.isPresent() && embed.fields() != null) {
                    embedded(mapping, problems, embed, target.get(), "collections[" + i + "].embed[" + e + "].fields");
                }
            }
        }
    }

    private static void embedded(Mapping mapping, Problems problems, Embed embed, CollectionMapping target,
                                 String path) {
        Fields own = target.fields();
        if (embed.fields().all()) {
            if (own != null && !own.all()) {
                problems.add(mapping, path, "embeds every property of " + embed.target() + ", but collection '"
                        + target.name() + "' keeps only its listed fields, so MongoDB alone could not keep the "
                        + "others current", "list the embedded fields, or give collection '" + target.name()
                        + "' fields: \"*\"");
            }
            return;
        }
        boolean usableKey = target.key() != null && Names.identifierProblem("property", target.key()).isEmpty();
        if (usableKey && !embed.fields().names().contains(target.key())) {
            problems.add(mapping, path, "does not include '" + target.key() + "', the key of collection '"
                    + target.name() + "', by which MongoDB-native writes find the embedded " + embed.target(),
                    "add " + target.key() + " to the list");
        }
        if (own == null || own.all()) {
            return;
        }
        for (int f = 0; f < embed.fields().names().size(); f++) {
            String name = embed.fields().names().get(f);
            if (!own.names().contains(name)) {
                problems.add(mapping, path + "[" + f + "]", "property '" + name + "' is not a field of collection '"
                        + target.name() + "', so MongoDB alone could not keep it current",
                        "add it to that collection's fields, or remove it here");
            }
        }
    }
}
