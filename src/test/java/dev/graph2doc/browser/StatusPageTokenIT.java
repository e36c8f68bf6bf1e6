package dev.graph2doc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The page's side of authentication, against a stand-in for the service that serves the page's own files and asks
 * for {@code Bearer good} on {@code /migration}: a refused token brings up the prompt and stops the polling; a good
 * one is sent as a bearer header and the page loads.
 */
class StatusPageTokenIT {

    private static final String MIGRATION = """
            {"defaultPhase":"GRAPH_ONLY","tenants":[{"tenant":"acme","phase":"COMPARE","since":"2026-01-01T00:00:00Z",
             "copy":{"bins":{"state":"COMPLETE","done":10,"total":10},"devices":{"state":"COMPLETE_WITH_FINDINGS",
             "done":9,"total":10,"rate":450.0,"rateBasis":"run","findings":1,"findingExamples":[{"key":"d-7",
             "kind":"unwritable","bytes":17000123,"reason":"its BSON is 17000123 bytes, over MongoDB's limit"}],
             "missingCount":0,"missing":[]}},"shadow":{"comparisons":100,"mismatches":1,
             "mismatchRatio":0.01}},{"tenant":"globex","phase":"COPY"}]}""";

    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private Chromium chromium;

    @BeforeEach
    void start() throws IOException {
        chromium = Chromium.find().orElse(null);
        Assumptions.assumeTrue(chromium != null,
                "chromium is not installed (Debian: apt-get install chromium; .ci/run installs it): browser test skipped");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::serve);
        server.start();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void shouldPromptForATokenAndStopPollingWhenTheServiceAnswers401() throws Exception {
        RenderedPage page = new RenderedPage(chromium.dumpDom(url("#token=wrong"), 12_000));

        assertThat(page.state()).isEqualTo("unauthorized");
        assertThat(page.loginShown()).isTrue();
        assertThat(page.dom()).contains("The service refused this token");
        assertThat(authorizations).as("one try, then no polling until a token is pasted").containsExactly("Bearer wrong");
    }

    @Test
    void shouldSendThePastedTokenAsBearerAndShowTheTenantsWhenAccepted() throws Exception {
        RenderedPage page = new RenderedPage(chromium.dumpDom(url("#token=good"), 6_000));

        assertThat(page.state()).isEqualTo("loaded");
        assertThat(page.phases()).containsExactly(java.util.Map.entry("acme", "COMPARE"), java.util.Map.entry("globex", "COPY"));
        assertThat(page.copyRows("acme")).containsExactly("bins", "devices");
        assertThat(page.dom()).contains("450.0/s (whole run)").contains("class=\"copy-findings bad\"")
                .contains("1 finding(s): unwritable \"d-7\" — its BSON is 17000123 bytes, over MongoDB's limit");
        assertThat(page.dom()).contains("1.0 %").doesNotContain("#token=").doesNotContain("undefined").doesNotContain("NaN");
        assertThat(authorizations).isNotEmpty().allMatch("Bearer good"::equals);
    }

    private String url(String fragment) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + fragment;
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.startsWith("/migration")) {
            String auth = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
            if (path.equals("/migration")) {
                authorizations.add(auth);
            }
            boolean ok = auth.equals("Bearer good");
            send(exchange, ok ? 200 : 401, "application/json",
                    ok ? (path.equals("/migration") ? MIGRATION : "[]") : "{\"error\":\"unauthorized\"}");
            return;
        }
        String file = path.equals("/") ? "index.html" : path.substring(1);
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("public/" + file)) {
            if (in == null) {
                send(exchange, 404, "text/plain", "no " + file);
                return;
            }
            String type = file.endsWith(".js") ? "text/javascript" : file.endsWith(".css") ? "text/css" : "text/html";
            send(exchange, 200, type, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
