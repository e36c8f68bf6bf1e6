package dev.graph2doc.api;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * How the OpenAPI document describes every error answer ({@link dev.graph2doc.problem.Problem}): each controller
 * declares it as its {@code 4XX} and {@code 5XX} responses, with {@link #MEDIA_TYPE} (a class-level {@code default}
 * response would replace each operation's success response in micronaut-openapi's output).
 */
@Schema(name = "Problem", description = "RFC 9457 problem details; extension members such as problems (a refused "
        + "batch: index and reason of each), unmet (a refused transition) or fenced may follow")
record ProblemSchema(
        @Schema(description = "urn:graph2doc:problem:<kind>, or about:blank for a plain HTTP error") String type,
        @Schema(description = "the HTTP status's reason phrase") String title,
        @Schema(description = "the HTTP status code") int status,
        @Schema(description = "what happened, with the values, and what to do next") String detail,
        @Schema(description = "the same sentence as detail, for clients of the first API", deprecated = true)
        String error) {

    static final String MEDIA_TYPE = dev.graph2doc.problem.Problem.MEDIA_TYPE;
    static final String DESCRIPTION = "the request was refused or failed: see detail";
}
