package dev.graph2doc.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.graph2doc.cli.Graph2doc;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code graph2doc serve} as a separate OS process, so that tests can kill it the way a crash would. */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path log;
    private final int port;

    private ServiceProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts {@code serve} with this environment and waits until it serves HTTP. */
    public static ServiceProcess serve(Map<String, String> env, Duration timeout) throws IOException, InterruptedException {
        return serve(env, timeout, List.of());
    }

    /** As above, with more of {@code serve}'s options (e.g. {@code --seed}). */
    public static ServiceProcess serve(Map<String, String> env, Duration timeout, List<String> options)
            throws IOException, InterruptedException {
        int port = freePort();
        Path log = Files.createTempFile("graph2doc-serve-", ".log");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), Graph2doc.class.getName(), "serve", "--port", String.valueOf(port)));
        command.addAll(options);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        ServiceProcess service = new ServiceProcess(builder.start(), log, port);
        service.awaitServing(timeout);
        return service;
    }

    private void awaitServing(Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (Files.readString(log).contains("is serving on")) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("serve exited with " + process.exitValue() + ":\n" + Files.readString(log));
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException("serve did not start within " + timeout + ":\n" + Files.readString(log));
    }

    /** The OS process id, for signals (SIGSTOP/SIGCONT: a pause, as a long GC or a frozen VM would). */
    public long pid() {
        return process.pid();
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** SIGKILL: no shutdown hook runs, no lease is released, nothing is flushed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Waits for the process to end by itself; its exit code, or null if it still runs after {@code timeout}. */
    public Integer awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS) ? process.exitValue() : null;
    }

    public String output() throws IOException {
        return Files.readString(log);
    }

    /** The first group of {@code regex} in what the process printed so far; fails naming the output when absent. */
    public String printed(String regex) throws IOException {
        Matcher m = Pattern.compile(regex).matcher(output());
        assertThat(m.find()).as(regex + " in\n" + output()).isTrue();
        return m.group(1);
    }

    /** {@code POST /migration/copy {}} with the operator token the process printed: every tenant, every collection. */
    public HttpResponse<String> startCopy() throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri("/migration/copy")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
    }

    /** Waits until {@code GET /migration/copy} lists collections and every one is COMPLETE. */
    public void awaitCopyComplete(Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            JsonNode copy = JSON.readTree(send(HttpRequest.newBuilder(uri("/migration/copy")).GET()).body());
            if (copy.path("collections").size() > 0 && copy.path("collections").findValuesAsText("state").stream()
                    .allMatch("COMPLETE"::equals)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the copy did not complete within " + timeout + ":\n" + output());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        String token = printed("operator token: (\\S+)");
        return HTTP.send(request.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Stops the process, even one a test left stopped (SIGSTOP) when it failed: a stopped process acts on SIGTERM
     * only once continued, so without SIGCONT (and SIGKILL as a last resort) this would wait forever.
     */
    @Override
    public void close() throws InterruptedException {
        try {
            new ProcessBuilder("kill", "-CONT", String.valueOf(process.pid())).start().waitFor();
        } catch (java.io.IOException e) {
            // no kill command: SIGKILL below still ends it
        }
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
