package dev.graph2doc.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.mapping.GraphSchema.LabelSet;
import dev.graph2doc.mapping.GraphSchema.PatternCounts;
import java.util.List;
import org.junit.jupiter.api.Test;

class PatternsTest {

    @Test
    void shouldNameBothCountsWhenNoRootHasThePatternTheDeclaredWay() {
        assertThat(Patterns.wrongDirection("Bin", "MONITORS", Direction.IN, "Device", new PatternCounts(0, 8085)))
                .contains("no (:Bin)<-[:MONITORS]-(:Device) in the graph; 8085 Bin node(s) have "
                        + "(:Bin)-[:MONITORS]->(:Device), the other way");
        assertThat(Patterns.flipFix(Direction.IN)).isEqualTo("did you mean direction: out?");
    }

    @Test
    void shouldAcceptThePatternWhenSomeRootsHaveItTheDeclaredWay() {
        assertThat(Patterns.wrongDirection("A", "R", Direction.OUT, "B", new PatternCounts(1, 500))).isEmpty();
        assertThat(Patterns.empty("A", "R", Direction.OUT, "B", new PatternCounts(1, 500))).isEmpty();
    }

    @Test
    void shouldCallItEmptyNotWrongWhenNoRootHasThePatternEitherWay() {
        PatternCounts none = new PatternCounts(0, 0);

        assertThat(Patterns.wrongDirection("A", "R", Direction.OUT, "B", none)).isEmpty();
        assertThat(Patterns.empty("A", "R", Direction.OUT, "B", none)).hasValueSatisfying(m ->
                assertThat(m).startsWith("no A node has (:A)-[:R]->(:B) either way"));
    }

    @Test
    void shouldListTheCombinationsOnlyWhenTheLabelSitsOnMoreThanOneKind() {
        assertThat(Patterns.labelKinds("L", List.of(new LabelSet(List.of("L", "X"), 20)))).isEmpty();
        assertThat(Patterns.labelKinds("L", List.of(new LabelSet(List.of("L", "X"), 20), new LabelSet(List.of("L", "Y"), 3))))
                .contains("the label L sits on 2 kinds of node: :L:X on 20, :L:Y on 3");
    }
}
