package dev.graph2doc.read.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerificationKeysTest {

    @Test
    void shouldOrderStringsByCodePointAsBothStoresDo() {
        // U+FB01 (BMP, above the surrogates) sorts before U+1F600 by code point, after it by UTF-16 unit
        List<Object> keys = new ArrayList<>(List.of("\uD83D\uDE00", "\uFB01", "b", "a", "ab"));

        keys.sort(VerificationKeys.ORDER);

        assertThat(keys).containsExactly("a", "ab", "b", "\uFB01", "\uD83D\uDE00");
    }

    @Test
    void shouldOrderNumbersByValueWhateverTheirType() {
        assertThat(VerificationKeys.compare(5L, 5.0)).isZero();
        assertThat(VerificationKeys.compare(4.5, 5L)).isNegative();
        assertThat(VerificationKeys.compare(Long.MAX_VALUE, Long.MAX_VALUE - 1)).isPositive();
    }
}
