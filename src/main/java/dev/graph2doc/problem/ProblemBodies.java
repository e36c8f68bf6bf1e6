package dev.graph2doc.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The errors Micronaut answers itself (a body that is not JSON, too large, of another content type, no such route)
 * in the same problem shape, each with a sentence saying what to send instead.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
final class ProblemBodies implements JsonErrorResponseBodyProvider<Map<String, Object>> {

    @Override
    public Map<String, Object> body(ErrorContext context, HttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        String said = context.getErrors().stream().map(Error::getMessage).collect(Collectors.joining("; "));
        String detail = (said.isBlank() ? status.getReason() : said) + advice(status, context);
        return new Problem(status, Problem.BLANK, detail, Map.of(), Map.of()).body();
    }

    @Override
    public String contentType() {
        return Problem.MEDIA_TYPE;
    }

    private static String advice(HttpStatus status, ErrorContext context) {
        String contentType = context.getRequest().getHeaders().get(HttpHeaders.CONTENT_TYPE);
        return switch (status) {
            case BAD_REQUEST -> ": send the JSON body the API reference (/swagger/graph2doc-0.1.yml) describes";
            case REQUEST_ENTITY_TOO_LARGE -> ": send less per request (split the batch; the limit is "
                    + "micronaut.server.max-request-size)";
            case UNSUPPORTED_MEDIA_TYPE -> ": send the body as application/json (Content-Type was "
                    + (contentType == null ? "missing" : "'" + contentType + "'") + ")";
            case NOT_FOUND -> ": no such path; the API reference (/swagger/graph2doc-0.1.yml) lists them";
            case METHOD_NOT_ALLOWED -> ": the API reference (/swagger/graph2doc-0.1.yml) lists each path's methods";
            default -> "";
        };
    }
}
