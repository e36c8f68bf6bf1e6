package dev.graph2doc.browser;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Headless Chromium as a process: {@code --dump-dom} prints the DOM after the page's scripts ran for a virtual-time
 * budget (timers and fetches included), {@code --screenshot} saves what it rendered. Debian's {@code chromium}
 * package; {@code .ci/run} installs it when missing.
 */
final class Chromium {

    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");

    private final Path binary;

    private Chromium(Path binary) {
        this.binary = binary;
    }

    /** The browser named by {@code -Dchromium=}, or the first of the usual names on the PATH. */
    static Optional<Chromium> find() {
        String given = System.getProperty("chromium");
        if (given != null && !given.isBlank()) {
            return Optional.of(new Chromium(Path.of(given)));
        }
        String path = System.getenv().getOrDefault("PATH", "");
        return NAMES.stream().flatMap(name -> Stream.of(path.split(File.pathSeparator)).map(dir -> Path.of(dir, name)))
                .filter(Files::isExecutable).findFirst().map(Chromium::new);
    }

    String dumpDom(String url, int virtualMillis) throws IOException, InterruptedException {
        return run(url, virtualMillis, "--dump-dom");
    }

    void screenshot(String url, int virtualMillis, Path png) throws IOException, InterruptedException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.deleteIfExists(png);
        run(url, virtualMillis, "--screenshot=" + png.toAbsolutePath(), "--window-size=1280,1800",
                "--hide-scrollbars");
        if (!Files.isRegularFile(png) || Files.size(png) == 0) {
            throw new IllegalStateException("chromium wrote no screenshot to " + png);
        }
    }

    private String run(String url, int virtualMillis, String... action) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("graph2doc-chromium-");
        Path out = Files.createTempFile("graph2doc-chromium-", ".out");
        Path err = Files.createTempFile("graph2doc-chromium-", ".err");
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--disable-gpu",
                "--no-sandbox", // tests may run as root, where Chromium's sandbox refuses to start
                "--no-first-run", "--disable-extensions", "--user-data-dir=" + profile,
                "--virtual-time-budget=" + virtualMillis));
        command.addAll(List.of(action));
        command.add(url);
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("chromium did not finish within 120 s: " + command);
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException("chromium exited with " + p.exitValue() + ": " + command + "\n"
                        + Files.readString(err, StandardCharsets.UTF_8));
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            p.destroyForcibly();
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException ignored) {
            // a profile file still held by an exiting helper process: the temp dir is cleaned by the OS
        }
    }

    @Override
    public String toString() {
        return binary.toString();
    }
}
