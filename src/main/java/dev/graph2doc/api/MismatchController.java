package dev.graph2doc.api;

import dev.graph2doc.mapping.TenantName;
import dev.graph2doc.read.ReadRequests;
import dev.graph2doc.read.shadow.MismatchSample;
import dev.graph2doc.read.shadow.MismatchSampleStore;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.List;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** The last shadow-read mismatch samples, newest first: where to look before repairing or stepping back. */
@ApiResponse(responseCode = "4XX", description = ProblemSchema.DESCRIPTION,
        content = @Content(mediaType = ProblemSchema.MEDIA_TYPE, schema = @Schema(implementation = ProblemSchema.class)))
@ApiResponse(responseCode = "5XX", description = ProblemSchema.DESCRIPTION,
        content = @Content(mediaType = ProblemSchema.MEDIA_TYPE, schema = @Schema(implementation = ProblemSchema.class)))
@Controller("/migration/mismatches")
@ExecuteOn(TaskExecutors.BLOCKING)
class MismatchController {

    private static final int MAX_LIMIT = 1000;

    private final MismatchSampleStore samples;
    private final ReadRequests requests;

    MismatchController(MismatchSampleStore samples, ReadRequests requests) {
        this.samples = samples;
        this.requests = requests;
    }

    @Get
    List<MismatchSample> recent(@Nullable @QueryValue String tenant, @Nullable @QueryValue String collection,
                                @Nullable @QueryValue String limit) {
        if (tenant != null) {
            TenantName.require(tenant);
        }
        if (collection != null) {
            requests.collection(collection);
        }
        return samples.recent(tenant, collection, limit(limit));
    }

    private static int limit(String value) {
        if (value == null) {
            return 50;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new IllegalArgumentException("limit '" + value + "' must be a whole number from 1 to " + MAX_LIMIT);
    }
}
