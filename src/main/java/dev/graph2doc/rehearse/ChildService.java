package dev.graph2doc.rehearse;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One graph2doc instance as a child process ({@code graph2doc serve} on this JVM's classpath), so that a
 * {@code kill -9} is a real crash: no shutdown hook, no released lease. It keeps its port across restarts, and
 * its output goes to a log file in the report folder.
 */
final class ChildService implements AutoCloseable {

    private final String name;
    private final int port;
    private final Path log;
    private final Map<String, String> env;
    private final String main;
    private final List<String> properties;
    private Process process;

    ChildService(String name, Path log, Map<String, String> env, String main, List<String> properties) throws IOException {
        this.name = name;
        this.port = freePort();
        this.log = log;
        this.env = env;
        this.main = main;
        this.properties = properties;
    }

    String name() {
        return name;
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    long pid() {
        return process == null ? -1 : process.pid();
    }

    /** Starts the process and waits until it serves HTTP. */
    synchronized void start(Duration timeout) throws IOException, InterruptedException {
        long from = Files.exists(log) ? Files.size(log) : 0;
        ProcessBuilder builder = new ProcessBuilder(command()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        process = builder.start();
        awaitServing(from, timeout);
    }

    private List<String> command() {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-Xmx768m",
                "-XX:TieredStopAtLevel=1"));
        if (Runtime.version().feature() >= 23) {
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        properties.forEach(p -> command.add("-D" + p));
        command.addAll(List.of("-Dgraph2doc.instance-id=rehearsal-" + name, "-cp", System.getProperty("java.class.path"),
                main, "serve", "--port", String.valueOf(port)));
        return command;
    }

    private void awaitServing(long from, Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (output(from).contains("is serving on")) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("graph2doc instance " + name + " exited with " + process.exitValue()
                        + " at start-up; its output is in " + log);
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException("graph2doc instance " + name + " did not serve within " + timeout + "; see " + log);
    }

    private String output(long from) throws IOException {
        byte[] all = Files.readAllBytes(log);
        return new String(all, (int) Math.min(from, all.length), (int) Math.max(0, all.length - from), StandardCharsets.UTF_8);
    }

    /** SIGKILL: the process ends at once, mid-whatever it was doing. */
    synchronized void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGSTOP: the process stands still, as in a long GC pause, holding every connection and lease it had. */
    void pause() throws IOException, InterruptedException {
        signal("STOP");
    }

    /** SIGCONT: the paused process goes on where it stood, unaware of the time that passed. */
    void resume() throws IOException, InterruptedException {
        signal("CONT");
    }

    private void signal(String name) throws IOException, InterruptedException {
        long pid = pid();
        Process kill = new ProcessBuilder("kill", "-" + name, String.valueOf(pid)).redirectErrorStream(true).start();
        String said = new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (kill.waitFor() != 0) {
            throw new IOException("kill -" + name + " " + pid + " (instance " + this.name + ") failed: " + said);
        }
    }

    synchronized boolean alive() {
        return process != null && process.isAlive();
    }

    @Override
    public synchronized void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            try {
                resume(); // a paused process would not act on SIGTERM until the 15 s below ran out
            } catch (IOException e) {
                // it was not paused, or is gone: the SIGTERM below is what matters
            }
            process.destroy();
            if (!process.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
