package dev.graph2doc.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/**
 * Names the OpenAPI document the build writes from the controllers; served at {@code /openapi/graph2doc.yml}
 * with Swagger UI at {@code /swagger-ui}.
 */
@OpenAPIDefinition(info = @Info(title = "graph2doc", version = "0.1",
        description = "Moves a live application from Neo4j to MongoDB: the data API (/v1/tenants/...) and the operator "
                + "API (/migration/...)."))
final class ApiDocument {

    private ApiDocument() {
    }
}
