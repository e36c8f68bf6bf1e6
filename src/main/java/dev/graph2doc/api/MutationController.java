package dev.graph2doc.api;

import dev.graph2doc.mapping.TenantName;
import dev.graph2doc.write.MutationHandler;
import dev.graph2doc.write.MutationReader;
import dev.graph2doc.write.WritePhases;
import dev.graph2doc.write.WriteReceipt;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * The data API's write endpoint: the application's writes and the devices' ingestion. The body is read as
 * text and checked here against the mapping, so every problem is answered with its mutation's index.
 */
@ApiResponse(responseCode = "4XX", description = ProblemSchema.DESCRIPTION,
        content = @Content(mediaType = ProblemSchema.MEDIA_TYPE, schema = @Schema(implementation = ProblemSchema.class)))
@ApiResponse(responseCode = "5XX", description = ProblemSchema.DESCRIPTION,
        content = @Content(mediaType = ProblemSchema.MEDIA_TYPE, schema = @Schema(implementation = ProblemSchema.class)))
@Controller("/v1/tenants/{tenant}")
@ExecuteOn(TaskExecutors.BLOCKING)
class MutationController {


    private final MutationReader reader;
    private final MutationHandler handler;
    private final WritePhases phases;

    MutationController(MutationReader reader, MutationHandler handler, WritePhases phases) {
        this.reader = reader;
        this.handler = handler;
        this.phases = phases;
    }

    @Post("/mutations")
    @Consumes(MediaType.APPLICATION_JSON)
    WriteReceipt mutate(@PathVariable String tenant, @Body String body) {
        TenantName.require(tenant);
        var mutations = reader.read(tenant, body);
        return phases.run(tenant, phase -> handler.apply(tenant, phase, mutations));
    }
}
