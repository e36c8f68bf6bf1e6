package dev.graph2doc.read.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VerificationRequestTest {

    private static final List<String> TENANTS = List.of("acme", "globex");
    private static final List<String> COLLECTIONS = List.of("bins", "sites", "devices");

    @Test
    void shouldVerifyEveryTenantAndCollectionWithoutRepairWhenNothingIsNamed() {
        assertThat(VerificationRequest.parse(null, TENANTS, COLLECTIONS))
                .isEqualTo(new VerificationRequest(TENANTS, COLLECTIONS, false));
        assertThat(VerificationRequest.parse(Map.of("tenants", List.of(), "collections", List.of()), TENANTS, COLLECTIONS))
                .isEqualTo(new VerificationRequest(TENANTS, COLLECTIONS, false));
    }

    @Test
    void shouldKeepTheNamedOnesInTheKnownOrderOnceEach() {
        VerificationRequest r = VerificationRequest.parse(Map.of("tenants", List.of("globex"),
                "collections", List.of("devices", "bins", "devices"), "repair", true), TENANTS, COLLECTIONS);

        assertThat(r).isEqualTo(new VerificationRequest(List.of("globex"), List.of("bins", "devices"), true));
        assertThat(r.coversAll(COLLECTIONS)).isFalse();
    }

    @Test
    void shouldNameEveryBadValueAndWhatIsAllowedAtOnce() {
        Map<String, Object> body = new HashMap<>();
        body.put("tenants", List.of("acme", "nobody"));
        body.put("collections", List.of("binz"));
        body.put("repair", "yes");
        body.put("tenant", "acme");

        assertThatThrownBy(() -> VerificationRequest.parse(body, TENANTS, COLLECTIONS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown field 'tenant': a verification request has tenants, collections and repair")
                .hasMessageContaining("Unknown tenant(s) [nobody]: the graph holds [acme, globex]")
                .hasMessageContaining("Unknown collection(s) [binz]: the mapping declares [bins, sites, devices]")
                .hasMessageContaining("repair = \"yes\" must be true or false");
    }

    @Test
    void shouldRefuseAListThatIsNotOneOfNames() {
        assertThatThrownBy(() -> VerificationRequest.parse(Map.of("tenants", "acme", "collections", List.of(1, 2)),
                TENANTS, COLLECTIONS))
                .hasMessageContaining("tenants = \"acme\" must be a list of tenant names, e.g. [\"acme\",\"globex\"]")
                .hasMessageContaining("collections = [1,2] must be a list of collection names");
    }
}
