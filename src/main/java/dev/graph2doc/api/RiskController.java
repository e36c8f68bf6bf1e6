package dev.graph2doc.api;

import dev.graph2doc.risk.RiskReporter;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** The pre-migration risk report, computed from the live graph on each request. */
@ApiResponse(responseCode = "4XX", description = ProblemSchema.DESCRIPTION,
        content = @Content(mediaType = ProblemSchema.MEDIA_TYPE, schema = @Schema(implementation = ProblemSchema.class)))
@ApiResponse(responseCode = "5XX", description = ProblemSchema.DESCRIPTION,
        content = @Content(mediaType = ProblemSchema.MEDIA_TYPE, schema = @Schema(implementation = ProblemSchema.class)))
@Controller("/migration/risk")
class RiskController {

    private final RiskReporter reporter;

    RiskController(RiskReporter reporter) {
        this.reporter = reporter;
    }

    /** Scans every root of every collection: seconds on a large graph, so off the event loop. */
    @Get
    @ExecuteOn(TaskExecutors.BLOCKING)
    RiskView report() {
        return RiskView.of(reporter.report());
    }
}
