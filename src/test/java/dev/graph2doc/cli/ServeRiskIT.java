package dev.graph2doc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.graph2doc.demo.FleetSeeder;
import dev.graph2doc.demo.FleetSpec;
import dev.graph2doc.store.neo4j.Neo4jFleetGraphStore;
import dev.graph2doc.testing.StoreFingerprint;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Session;
import org.slf4j.LoggerFactory;

/**
 * {@code serve} refuses a mapping the risk report rates danger — here a file count over
 * {@code graph2doc.risk.max-wiredtiger-files}, which the mapping check itself does not look at — unless
 * {@code graph2doc.mapping.accept-risk=true}, and then it says which dangers it accepted.
 */
@ExtendWith(StoresExtension.class)
class ServeRiskIT {

    private static final String DANGER = "wiredTiger: 1 tenant database(s) × (5 collections + 13 indexes) = 18 files — "
            + "at or above graph2doc.risk.max-wiredtiger-files = 10";

    private TestStores stores;

    @BeforeEach
    void seeded(TestStores stores) {
        this.stores = stores;
        stores.clear();
        new FleetSeeder(new Neo4jFleetGraphStore(stores.neo4j()), Clock.systemUTC()).seed(new FleetSpec(1, 10, 1, 3L), m -> { });
    }

    @Test
    void shouldRefuseToStartNamingTheDangerAndTheOverrideWhenRiskRatesTheMappingDanger() {
        String before = StoreFingerprint.of(stores) + constraints();

        Throwable failure = catchThrowable(() -> RunningService.start(properties(false), Optional.empty(), l -> { }).close());

        assertThat(failure).isInstanceOf(ServiceStartupException.class);
        assertThat(StartupFailures.explain(failure)).startsWith("the risk report rates the mapping migrations/fleet.yaml "
                + "danger (1): " + DANGER).endsWith("Fix the mapping or the graph (./graph2doc risk lists every finding), "
                + "or accept the risk with graph2doc.mapping.accept-risk=true (GRAPH2DOC_MAPPING_ACCEPT_RISK=true).");
        assertThat(StoreFingerprint.of(stores) + constraints()).as("neither store changed").isEqualTo(before);
    }

    @Test
    void shouldStartAndLogTheAcceptedDangersWhenTheOverrideIsSet() {
        Logger logger = (Logger) LoggerFactory.getLogger(StartupRisk.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        try (RunningService service = RunningService.start(properties(true), Optional.empty(), l -> { })) {
            assertThat(service.port()).isPositive();
            assertThat(logged.list).anySatisfy(e -> {
                assertThat(e.getLevel()).isEqualTo(Level.WARN);
                assertThat(e.getFormattedMessage()).startsWith("graph2doc.mapping.accept-risk=true: starting with 1 "
                        + "danger(s) the risk report found in migrations/fleet.yaml: " + DANGER);
            });
        } finally {
            logger.detachAppender(logged);
        }
    }

    private Map<String, Object> properties(boolean acceptRisk) {
        Map<String, Object> properties = new HashMap<>(stores.properties());
        properties.put("micronaut.server.port", 0);
        properties.put("graph2doc.risk.max-wiredtiger-files", 10);
        if (acceptRisk) {
            properties.put("graph2doc.mapping.accept-risk", true);
        }
        return properties;
    }

    private String constraints() {
        try (Session session = stores.neo4j().session()) {
            return session.run("SHOW CONSTRAINTS YIELD name RETURN collect(name)").single().get(0).toString();
        }
    }
}
