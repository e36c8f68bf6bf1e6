package dev.graph2doc.metrics;

import dev.graph2doc.phase.PhaseChange;
import dev.graph2doc.phase.PhaseChangeListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per stored phase change, operator or automatic. The values are in the text and, for the JSON log
 * format, also as fields ({@code tenant}, {@code from}, {@code to}, ...), so a log query needs no parsing.
 */
@Singleton
public final class TransitionLog implements PhaseChangeListener {

    private static final Logger LOG = LoggerFactory.getLogger("dev.graph2doc.phase.transitions");

    @Override
    public void changed(PhaseChange c) {
        LOG.atInfo().addKeyValue("event", "phase_transition").addKeyValue("tenant", c.tenant())
                .addKeyValue("from", c.from().name()).addKeyValue("to", c.to().name()).addKeyValue("who", c.who())
                .addKeyValue("version", c.version()).addKeyValue("forced", c.forced())
                .addKeyValue("automatic", c.automatic()).addKeyValue("reason", c.reason())
                .log("phase transition: tenant={} {} -> {} by {} (version {}, forced={}, automatic={}): {}",
                        c.tenant(), c.from(), c.to(), c.who(), c.version(), c.forced(), c.automatic(), c.reason());
    }
}
