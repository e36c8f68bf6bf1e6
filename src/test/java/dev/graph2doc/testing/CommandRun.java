package dev.graph2doc.testing;

import dev.graph2doc.cli.Graph2doc;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One {@code graph2doc} command run as its own process, as an operator would run it; killed past {@code bound}. */
public record CommandRun(int exitCode, String stdout, String stderr, Duration elapsed) {

    public static CommandRun run(Map<String, String> env, Duration bound, String... args)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command(args));
        builder.environment().putAll(env);
        Instant start = Instant.now();
        Process process = builder.start();
        boolean exited = process.waitFor(bound.toSeconds(), TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly();
        }
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new CommandRun(exited ? process.exitValue() : -1, stdout, stderr, Duration.between(start, Instant.now()));
    }

    /** {@code graph2doc args} on this JVM's java and classpath. */
    public static List<String> command(String... args) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), Graph2doc.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /** Lines on stderr that are not blank. */
    public List<String> errorLines() {
        return stderr.lines().filter(l -> !l.isBlank()).toList();
    }

    public boolean hasStackTrace() {
        String all = stdout + stderr;
        return all.contains("\tat ") || all.contains("Exception in thread");
    }
}
