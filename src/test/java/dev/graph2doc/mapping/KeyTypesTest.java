package dev.graph2doc.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.mapping.GraphSchema.KeyType;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyTypesTest {

    @Test
    void shouldSeeNoProblemWhenIntegersAndFloatsMix() {
        List<KeyType> numbers = List.of(new KeyType("INTEGER", 5, List.of()), new KeyType("FLOAT", 2, List.of()));

        assertThat(KeyTypes.mixedProblem("c", "L", "k", numbers)).isEmpty();
        assertThat(KeyTypes.mixedValues(numbers)).isFalse();
    }

    @Test
    void shouldSeeNoProblemWhenOneTypeOrNoneIsPresent() {
        assertThat(KeyTypes.mixedProblem("c", "L", "k", List.of(new KeyType("STRING", 5, List.of())))).isEmpty();
        assertThat(KeyTypes.mixedProblem("c", "L", "k", List.of())).isEmpty();
    }

    @Test
    void shouldProposeTheMajorityTypesConversionWhenStringsAndIntegersMix() {
        List<KeyType> types = List.of(new KeyType("INTEGER", 40, List.of(1L, 2L, 3L)), new KeyType("STRING", 1, List.of("x")));

        assertThat(KeyTypes.mixedProblem("hosts", "Host", "n", types)).contains("key 'n' of Host (collection hosts) "
                + "mixes types: INTEGER on 40 nodes (e.g. 1, 2, 3), STRING on 1 (e.g. 'x'): keys of one collection must "
                + "have one type — convert them (e.g. MATCH (n:Host) SET n.n = toInteger(n.n)) or choose another key");
    }

    @Test
    void shouldCountBooleansAndOtherTypesAsClassesOfTheirOwnWhenKeysMix() {
        assertThat(KeyTypes.mixed(List.of(new KeyType("BOOLEAN", 1, List.of()), new KeyType("STRING", 1, List.of()))))
                .isTrue();
        assertThat(KeyTypes.mixed(List.of(new KeyType("DATE", 1, List.of()), new KeyType("LIST<STRING>", 1, List.of()))))
                .as("both 'other'").isFalse();
        assertThat(KeyTypes.mixedValues(List.of(new KeyType("DATE", 1, List.of()), new KeyType("ZONED DATETIME", 1,
                List.of())))).as("a field: different document shapes").isTrue();
    }
}
