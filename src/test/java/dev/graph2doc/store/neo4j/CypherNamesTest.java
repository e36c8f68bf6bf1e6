package dev.graph2doc.store.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CypherNamesTest {

    @Test
    void shouldWrapInBackticksWhenNameIsPlain() {
        assertThat(CypherNames.escape("Bin")).isEqualTo("`Bin`");
        assertThat(CypherNames.escape("fill level")).isEqualTo("`fill level`");
    }

    @Test
    void shouldDoubleBackticksWhenNameContainsThem() {
        assertThat(CypherNames.escape("a`) DETACH DELETE (n")).isEqualTo("`a``) DETACH DELETE (n`");
    }

    @Test
    void shouldRefuseWhenNameIsEmptyOrHasNul() {
        assertThatThrownBy(() -> CypherNames.escape("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CypherNames.escape("a\0b")).hasMessage("not a usable Cypher name: 'a\\0b'");
    }
}
