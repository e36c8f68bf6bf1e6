package dev.graph2doc.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void shouldPickTheClosestNameWhenWithinReach() {
        assertThat(Suggestions.closest("Devise", List.of("Bin", "Device", "Site"))).contains("Device");
        assertThat(Suggestions.closest("embeds", List.of("embed", "references"))).contains("embed");
    }

    @Test
    void shouldIgnoreCaseWhenComparing() {
        assertThat(Suggestions.closest("CUSTOMERID", List.of("customerId", "id"))).contains("customerId");
    }

    @Test
    void shouldSuggestNothingWhenEveryNameIsFar() {
        assertThat(Suggestions.closest("colour", List.of("name", "root", "key"))).isEmpty();
        assertThat(Suggestions.didYouMean("sideways", List.of("in", "out"))).isNull();
    }

    @Test
    void shouldAllowMoreEditsWhenTheNameIsLong() {
        // 14 letters allow 4 edits; 3 letters still allow 2.
        assertThat(Suggestions.closest("capacityLiterz", List.of("capacityLitres"))).contains("capacityLitres");
        assertThat(Suggestions.closest("bim", List.of("Bin"))).contains("Bin");
    }

    @Test
    void shouldCountEditsWhenMeasuringDistance() {
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    }
}
