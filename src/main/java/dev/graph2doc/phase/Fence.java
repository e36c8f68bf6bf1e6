package dev.graph2doc.phase;

import java.util.Optional;

/**
 * Whether this instance may act on phases now (G6): an instance that could not refresh its phases and beat to the
 * control store for too long has fenced itself — it answers writes with 503 and its workers pause — because the
 * others may soon move on without it.
 */
public interface Fence {

    /** Never fenced: for tests and tools that run no phase machine. */
    Fence NONE = () -> Optional.empty();

    /** Why this instance is fenced now, or empty while it holds a fresh lease. */
    Optional<String> fenced();

    default boolean isFenced() {
        return fenced().isPresent();
    }

    /** Throws {@link FencedException} while fenced: call before acting on a phase, and again before answering. */
    default void check(String acting) {
        fenced().ifPresent(why -> {
            throw new FencedException(acting, why);
        });
    }
}
