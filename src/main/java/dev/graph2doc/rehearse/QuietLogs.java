package dev.graph2doc.rehearse;

import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Silences, in the rehearsal's own process, the logs of the stores it hosts and of its own drivers: the faults make
 * them log stack traces by design (a stopped MongoDB, racing upserts), and the live display is the output here.
 * graph2doc's instances keep their full logs in the report folder.
 */
final class QuietLogs {

    private static final List<String> LOGGERS = List.of("de.bwaldvogel", "de.bwaldvogel.mongo", "org.neo4j", "org.neo4j.driver",
            "org.mongodb.driver", "io.netty", "io.netty.bootstrap.ServerBootstrap");

    private QuietLogs() {
    }

    /** Sets those loggers to OFF when the logging backend is logback (as shipped); otherwise leaves them. */
    static void apply() {
        try {
            Class<?> level = Class.forName("ch.qos.logback.classic.Level");
            Object off = level.getField("OFF").get(null);
            for (String name : LOGGERS) {
                Object logger = LoggerFactory.getLogger(name);
                logger.getClass().getMethod("setLevel", level).invoke(logger, off);
            }
        } catch (ReflectiveOperationException | LinkageError e) {
            // another SLF4J backend: its own configuration decides
        }
    }
}
