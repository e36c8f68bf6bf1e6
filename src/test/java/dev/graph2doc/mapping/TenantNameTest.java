package dev.graph2doc.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"acme", "a", "ACME_2-b", "x23456789012345678901234567890123456789012345678"})
    void shouldAcceptWhenLettersDigitsUnderscoreOrDashUpTo48(String tenant) {
        assertThat(TenantName.require(tenant)).isEqualTo(tenant);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a.b", "../admin", "a b", "acme$", "é", "x234567890123456789012345678901234567890123456789"})
    void shouldRefuseNamingTheValueWhenNotATenantName(String tenant) {
        assertThat(TenantName.valid(tenant)).isFalse();
        assertThatThrownBy(() -> TenantName.require(tenant)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tenant '" + tenant + "' is not a tenant name: use 1 to 48 letters, digits, '_' or '-'");
    }

    @Test
    void shouldMaskControlCharactersWhenNamingABadTenant() {
        assertThatThrownBy(() -> TenantName.require("a\nb\u0000")).hasMessageStartingWith("tenant 'a?b?' is not");
        assertThatThrownBy(() -> TenantName.require(null)).hasMessageStartingWith("tenant null is not");
    }
}
