package dev.graph2doc.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.security.AccessPolicy.Decision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every path family against every kind of caller: the table docs/security.md describes. */
class AccessPolicyTest {

    private static final Caller OPERATOR = new Caller(CallerKind.OPERATOR, "ops", null);
    private static final Caller ACME = new Caller(CallerKind.TENANT, "acme-app", "acme");

    @ParameterizedTest(name = "{0} {1} as {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
            "GET  | /health                              | none     | 200 |",
            "GET  | /health/liveness                     | none     | 200 |",
            "GET  | /prometheus                          | none     | 200 |",
            "GET  | /                                    | none     | 200 |",
            "GET  | /index.html                          | none     | 200 |",
            "GET  | /status/app.js                       | none     | 200 |",
            "GET  | /openapi/graph2doc.yml               | none     | 200 |",
            "GET  | /swagger-ui/index.html               | none     | 200 |",
            "GET  | /swagger/graph2doc-0.1.yml           | none     | 200 |",
            "GET  | /swaggerish                          | none     | 401 |",
            "POST | /index.html                          | none     | 401 | needs an operator token",
            "GET  | /migration                           | none     | 401 | no bearer token: /migration needs an operator token",
            "POST | /migration/transitions               | none     | 401 | /migration needs an operator token",
            "GET  | /migration/verifications/x           | operator | 200 |",
            "POST | /migration/copy                      | acme     | 403 | the key of tenant 'acme' is not an operator credential",
            "GET  | /v1/tenants/acme/collections/bins    | none     | 401 | /v1/tenants/acme needs the key of tenant 'acme'",
            "GET  | /v1/tenants/acme/collections/bins/b1 | acme     | 200 |",
            "POST | /v1/tenants/acme/mutations           | acme     | 200 |",
            "POST | /v1/tenants/globex/mutations         | acme     | 403 | belongs to tenant 'acme', not to tenant 'globex'",
            "GET  | /v1/tenants/acme/collections/bins    | operator | 403 | an operator token is not a data-API credential",
            "GET  | /v1/tenants/acme/../globex/x         | acme     | 403 | path segments '.' and '..' are not accepted",
            "GET  | /v1/tenants/a$b/collections/bins     | acme     | 403 | 'a$b' is not a tenant name",
            "GET  | /v1/tenants                          | acme     | 403 | '' is not a tenant name",
            "GET  | /beans                               | none     | 401 | /beans needs an operator token",
            "GET  | /beans                               | acme     | 403 | not an operator credential",
            "GET  | /beans                               | operator | 200 |"})
    void shouldDecideEachPathFamilyForEachCallerWhenMetricsAreOpen(String method, String path, String caller, int status,
                                                                   String reason) {
        Decision decision = new AccessPolicy(false).decide(method, path, caller(caller), null);

        assertThat(decision.status()).as(String.valueOf(decision.reason())).isEqualTo(status);
        assertThat(decision.allowed()).isEqualTo(status == 200);
        if (reason != null) {
            assertThat(decision.reason()).contains(reason);
        }
    }

    @ParameterizedTest
    @CsvSource({"none, 401", "acme, 403", "operator, 200"})
    void shouldAskForAnOperatorTokenOnPrometheusWhenMetricsAreProtected(String caller, int status) {
        assertThat(new AccessPolicy(true).decide("GET", "/prometheus", caller(caller), null).status()).isEqualTo(status);
    }

    @ParameterizedTest
    @CsvSource({"/migration", "/v1/tenants/acme/mutations"})
    void shouldNameTheTokenProblemWhenAPresentedTokenWasRefused(String path) {
        Decision decision = new AccessPolicy(false).decide("GET", path, null, "the bearer token is not known");

        assertThat(decision.status()).isEqualTo(401);
        assertThat(decision.reason()).startsWith("the bearer token is not known (");
    }

    private static Caller caller(String name) {
        return switch (name) {
            case "operator" -> OPERATOR;
            case "acme" -> ACME;
            default -> null;
        };
    }
}
