package dev.graph2doc.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.testcontainers.DockerClientFactory;

enum StoresMode {
    EMBEDDED, CONTAINERS;

    static StoresMode fromSystemProperty() {
        String value = System.getProperty("stores", "auto").trim().toLowerCase();
        return switch (value) {
            case "embedded" -> EMBEDDED;
            case "containers" -> CONTAINERS;
            case "auto", "", "${stores}" -> dockerAnswers() ? CONTAINERS : EMBEDDED;
            default -> throw new IllegalArgumentException(
                    "-Dstores=" + value + " is not one of embedded, containers, auto");
        };
    }

    /** Asks Docker only when a daemon could be there at all: the client alone answers nothing useful. */
    private static boolean dockerAnswers() {
        boolean socket = Files.exists(Path.of("/var/run/docker.sock")) || System.getenv("DOCKER_HOST") != null;
        if (!socket) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
