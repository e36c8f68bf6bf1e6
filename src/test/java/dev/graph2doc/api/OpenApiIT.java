package dev.graph2doc.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.cli.RunningService;
import dev.graph2doc.testing.ServiceClient;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yaml.snakeyaml.Yaml;

/** The OpenAPI document the build writes is served, names every route the service answers, and Swagger UI shows it. */
@ExtendWith(StoresExtension.class)
class OpenApiIT {

    private static final String DOCUMENT = "/swagger/graph2doc-0.1.yml";

    @Test
    @SuppressWarnings("unchecked")
    void shouldDescribeEveryControllerRouteAndServeSwaggerUiWhenRunning(TestStores stores) throws Exception {
        Map<String, Object> properties = new HashMap<>(stores.properties());
        properties.put("micronaut.server.port", 0);
        try (RunningService service = RunningService.start(properties, Optional.empty(), line -> { })) {
            ServiceClient client = new ServiceClient(service.uri());

            HttpResponse<String> document = client.get(DOCUMENT);
            assertThat(document.statusCode()).isEqualTo(200);
            Map<String, Object> paths = (Map<String, Object>) new Yaml().<Map<String, Object>>load(document.body())
                    .get("paths");
            List<String> routes = service.context().getBean(Router.class).uriRoutes()
                    .map(r -> ((UriRouteInfo<?, ?>) r).getUriMatchTemplate().toPathString())
                    .filter(p -> p.startsWith("/v1/") || p.startsWith("/migration")).distinct().toList();
            assertThat(routes).contains("/migration/transitions", "/v1/tenants/{tenant}/mutations");
            assertThat(paths.keySet()).containsAll(routes);
            paths.forEach((path, operations) -> ((Map<String, Object>) operations).forEach((method, operation) -> {
                Map<String, Object> responses = (Map<String, Object>) ((Map<String, Object>) operation).get("responses");
                for (String errors : List.of("4XX", "5XX")) {
                    Map<String, Object> refused = (Map<String, Object>) responses.get(errors);
                    assertThat(refused).as("%s %s declares its %s answers", method, path, errors).isNotNull();
                    assertThat((Map<String, Object>) refused.get("content")).as("%s %s", method, path)
                            .containsOnlyKeys("application/problem+json");
                }
                assertThat(responses.keySet()).as("%s %s keeps its success answer", method, path)
                        .anyMatch(code -> code.startsWith("2"));
            }));

            HttpResponse<String> ui = client.get("/swagger-ui/index.html");
            assertThat(ui.statusCode()).isEqualTo(200);
            assertThat(ui.body()).contains("swagger-ui").contains(DOCUMENT.substring(1));
            assertThat(client.get("/swagger-ui/res/swagger-ui-bundle.js").statusCode()).as("served locally").isEqualTo(200);
        }
    }
}
