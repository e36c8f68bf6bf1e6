package dev.graph2doc.api;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.mapping.TenantName;
import dev.graph2doc.read.ReadRequests;
import dev.graph2doc.read.ReadRouter;
import dev.graph2doc.read.shadow.DocumentJson;
import dev.graph2doc.read.shadow.ReadPage;
import dev.graph2doc.read.shadow.ReadQuery;
import io.micronaut.http.HttpRequest;
import dev.graph2doc.problem.Problem;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * The data API's reads, served by the store the tenant's phase names ({@link ReadRouter}); the same JSON whichever
 * store answers. Every read is scoped to the tenant in the path: a key of another tenant is simply not found.
 */
@ApiResponse(responseCode = "4XX", description = ProblemSchema.DESCRIPTION,
        content = @Content(mediaType = ProblemSchema.MEDIA_TYPE, schema = @Schema(implementation = ProblemSchema.class)))
@ApiResponse(responseCode = "5XX", description = ProblemSchema.DESCRIPTION,
        content = @Content(mediaType = ProblemSchema.MEDIA_TYPE, schema = @Schema(implementation = ProblemSchema.class)))
@Controller("/v1/tenants/{tenant}/collections/{collection}")
@ExecuteOn(TaskExecutors.BLOCKING)
class ReadController {

    private final ReadRequests requests;
    private final ReadRouter router;

    ReadController(ReadRequests requests, ReadRouter router) {
        this.requests = requests;
        this.router = router;
    }

    @Get("/{key}")
    HttpResponse<Map<String, Object>> one(@PathVariable String tenant, @PathVariable String collection,
                                          @PathVariable String key) {
        TenantName.require(tenant);
        CollectionMapping c = requests.collection(collection);
        Object typed = requests.key(tenant, c, key, "key");
        return router.get(tenant, c, typed).map(doc -> HttpResponse.ok(DocumentJson.of(c.key(), doc)))
                .orElseGet(() -> Problem.of(HttpStatus.NOT_FOUND, "document-not-found", "no document '" + key + "' in "
                        + collection + " of tenant '" + tenant + "'").response());
    }

    @Get
    Map<String, Object> page(@PathVariable String tenant, @PathVariable String collection, HttpRequest<?> request) {
        TenantName.require(tenant);
        CollectionMapping c = requests.collection(collection);
        Map<String, List<String>> params = new LinkedHashMap<>();
        request.getParameters().forEach((name, values) -> params.put(name, values));
        ReadQuery query = requests.query(tenant, c, params);
        ReadPage page = router.page(tenant, c, query);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("items", page.items().stream().map((DocumentView d) -> DocumentJson.of(c.key(), d)).toList());
        out.put("next", page.next());
        return out;
    }
}
