package dev.graph2doc.problem;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one shape of every error the service answers: RFC 9457 problem details ({@code application/problem+json}) with
 * {@code type}, {@code title}, {@code status} and {@code detail}, the sentence saying what happened and what to do.
 * {@code error} repeats {@code detail} for clients written against the first API (documented as deprecated);
 * extension members carry what a client acts on ({@code problems}, {@code unmet}, {@code fenced}).
 */
public record Problem(HttpStatus status, String type, String detail, Map<String, Object> extensions,
                      Map<String, String> headers) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** The type of a problem that is no more than its HTTP status (RFC 9457, section 4.2.1). */
    public static final String BLANK = "about:blank";

    public Problem {
        extensions = Map.copyOf(extensions);
        headers = Map.copyOf(headers);
    }

    /** A problem of graph2doc's own: {@code type} is {@code urn:graph2doc:problem:<slug>}. */
    public static Problem of(HttpStatus status, String slug, String detail) {
        return new Problem(status, "urn:graph2doc:problem:" + slug, detail, Map.of(), Map.of());
    }

    public Problem with(String member, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(member, value);
        return new Problem(status, type, detail, more, headers);
    }

    public Problem header(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Problem(status, type, detail, extensions, more);
    }

    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("title", status.getReason());
        body.put("status", status.getCode());
        body.put("detail", detail);
        body.put("error", detail);
        body.putAll(extensions);
        return body;
    }

    public MutableHttpResponse<Map<String, Object>> response() {
        MutableHttpResponse<Map<String, Object>> response = HttpResponse.<Map<String, Object>>status(status)
                .body(body()).contentType(MEDIA_TYPE);
        headers.forEach(response::header);
        return response;
    }
}
