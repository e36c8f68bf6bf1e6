package dev.graph2doc.read.shadow;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Moves this instance's comparison counts to the shared store every second, and once more at shutdown. */
@Singleton
class TallyFlusher {

    private static final Logger LOG = LoggerFactory.getLogger(TallyFlusher.class);

    private final ComparisonTallies tallies;

    TallyFlusher(ComparisonTallies tallies) {
        this.tallies = tallies;
    }

    @Scheduled(fixedDelay = "${graph2doc.read.compare.tally-flush-interval:1s}")
    @PreDestroy
    void flush() {
        try {
            tallies.flush();
        } catch (RuntimeException e) {
            LOG.warn("Could not store the shadow-comparison counts ({}); they are kept and stored at the next flush",
                    e.getMessage());
        }
    }
}
