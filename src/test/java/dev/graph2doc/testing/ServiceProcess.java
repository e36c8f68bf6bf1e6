package dev.graph2doc.testing;

import dev.graph2doc.cli.Graph2doc;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code graph2doc serve} as a separate OS process, so that tests can kill it the way a crash would. */
public final class ServiceProcess implements AutoCloseable {

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

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
