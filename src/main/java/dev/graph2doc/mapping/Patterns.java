package dev.graph2doc.mapping;

import dev.graph2doc.mapping.GraphSchema.LabelSet;
import dev.graph2doc.mapping.GraphSchema.PatternCounts;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** How a mapping's patterns meet the graph, in words shared by the start-up check and the risk report. */
public final class Patterns {

    private Patterns() {
    }

    /** e.g. {@code (:Bin)<-[:MONITORS]-(:Device)}. */
    public static String pattern(String root, String rel, Direction direction, String target) {
        return "(:" + root + ")" + (direction == Direction.OUT ? "-[:" + rel + "]->" : "<-[:" + rel + "]-")
                + "(:" + target + ")";
    }

    /** When no root has the pattern the declared way and some have it the other way: what was found, with both counts. */
    public static Optional<String> wrongDirection(String root, String rel, Direction direction, String target,
                                                  PatternCounts counts) {
        if (counts.declared() > 0 || counts.reverse() == 0) {
            return Optional.empty();
        }
        return Optional.of("no " + pattern(root, rel, direction, target) + " in the graph; " + counts.reverse() + " "
                + root + " node(s) have " + pattern(root, rel, flip(direction), target) + ", the other way");
    }

    /** The fix of {@link #wrongDirection}. */
    public static String flipFix(Direction direction) {
        return "did you mean direction: " + flip(direction).name().toLowerCase(java.util.Locale.ROOT) + "?";
    }

    /** When no root has the pattern either way: legal (the relationship type may fill later), worth a look. */
    public static Optional<String> empty(String root, String rel, Direction direction, String target, PatternCounts counts) {
        if (counts.declared() > 0 || counts.reverse() > 0) {
            return Optional.empty();
        }
        return Optional.of("no " + root + " node has " + pattern(root, rel, direction, target)
                + " either way: every document gets this field empty — check rel, direction and target");
    }

    /** e.g. {@code the label Host sits on 2 kinds of node: :Host:Machine on 20, :Host:Router on 20}, when more than one. */
    public static Optional<String> labelKinds(String label, List<LabelSet> combinations) {
        if (combinations.size() < 2) {
            return Optional.empty();
        }
        return Optional.of("the label " + label + " sits on " + combinations.size() + " kinds of node: "
                + combinations.stream().map(c -> ":" + String.join(":", c.labels()) + " on " + c.count())
                        .collect(Collectors.joining(", ")));
    }

    private static Direction flip(Direction direction) {
        return direction == Direction.OUT ? Direction.IN : Direction.OUT;
    }
}
