package dev.graph2doc.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A running graph2doc seen over HTTP, as an operator and an application see it, each with its token ({@link TestTokens}). */
public final class ServiceClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    public static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;

    public ServiceClient(URI base) {
        this.base = base;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(TestTokens.request(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, String contentType, String body) throws IOException, InterruptedException {
        return HTTP.send(TestTokens.request(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return post(path, "application/json", json);
    }

    public HttpResponse<String> mutate(String tenant, String mutationsJson) throws IOException, InterruptedException {
        return post("/v1/tenants/" + tenant + "/mutations", "{\"mutations\":" + mutationsJson + "}");
    }

    /** Walks the tenants forward to {@code phase} as an operator would: copying on the way, forcing the soft gates. */
    public void moveTo(List<String> tenants, String phase) throws Exception {
        List<String> order = List.of("COPY", "FORK_WRITES", "SWAP_READS", "COMPARE", "UNFORKED");
        String names = JSON.writeValueAsString(tenants);
        for (String next : order.subList(0, order.indexOf(phase) + 1)) {
            if (next.equals("FORK_WRITES")) {
                post("/migration/copy", "{\"tenants\":" + names + "}");
                awaitCopied(tenants);
            }
            for (String tenant : tenants) {
                HttpResponse<String> moved = post("/migration/transitions", "{\"to\":\"" + next + "\",\"tenants\":[\""
                        + tenant + "\"],\"force\":true,\"reason\":\"test walk\",\"confirm\":\"" + tenant + "\"}");
                assertThat(moved.statusCode()).as("move %s to %s: %s", tenant, next, moved.body()).isEqualTo(200);
            }
        }
    }

    public void awaitCopied(List<String> tenants) throws Exception {
        Instant deadline = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(deadline)) {
            JsonNode status = JSON.readTree(get("/migration/copy").body());
            boolean complete = status.get("collections").size() > 0;
            for (JsonNode c : status.get("collections")) {
                if (tenants.contains(c.get("tenant").asText())) {
                    complete &= c.get("state").asText().equals("COMPLETE");
                }
            }
            if (complete) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("copy of " + tenants + " not complete within 90 s: " + get("/migration/copy").body());
    }

    /** The value of one Prometheus sample line starting with {@code series}, or null. */
    public Double metric(String series) throws IOException, InterruptedException {
        for (String line : get("/prometheus").body().split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(series.length() + 1).trim());
            }
        }
        return null;
    }
}
