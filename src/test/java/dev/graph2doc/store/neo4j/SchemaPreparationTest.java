package dev.graph2doc.store.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.graph2doc.store.StoreStartupException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.LoggerFactory;

class SchemaPreparationTest {

    private static final TransientException DEADLOCK = new TransientException(GraphWriteRetry.DEADLOCK,
            "ForsetiClient[transactionId=80, clientId=2] can't acquire EXCLUSIVE LABEL(0) because it would form this "
                    + "deadlock wait cycle:\nLABEL(0)-[SHARED_OWNER]->(tx:79)");

    private final SchemaPreparation preparation = new SchemaPreparation();
    private final AtomicInteger sessions = new AtomicInteger();
    /** A driver whose sessions run nothing: the statements under test throw what Neo4j would have. */
    private final Driver driver = fake(Driver.class, method -> method.equals("session") && sessions.incrementAndGet() > 0
            ? fake(Session.class, other -> null) : null);
    private final AtomicInteger attempts = new AtomicInteger();
    private final Logger logger = (Logger) LoggerFactory.getLogger(GraphWriteRetry.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void listen() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(logged);
    }

    @Test
    void shouldPrepareAgainAndLogOneLinePerRetryWhenNeo4jReportsADeadlock() {
        preparation.prepare("the key constraints", driver, session -> {
            if (attempts.incrementAndGet() <= 2) {
                throw DEADLOCK;
            }
        });

        assertThat(attempts).hasValue(3);
        assertThat(sessions).as("a new session per attempt").hasValue(3);
        assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage).hasSize(2).allSatisfy(line -> assertThat(line)
                .startsWith("Neo4j schema preparation attempt ").contains(" of 6 failed (" + GraphWriteRetry.DEADLOCK
                        + ": ForsetiClient[transactionId=80, clientId=2] can't acquire EXCLUSIVE LABEL(0)")
                .doesNotContain("\n"));
    }

    @Test
    void shouldPrepareAgainWhenAnotherInstanceCreatedAnEquivalentRuleMeanwhile() {
        ClientException race = new ClientException("Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists",
                "An equivalent constraint already exists");

        preparation.prepare("the key constraints", driver, session -> {
            if (attempts.incrementAndGet() == 1) {
                throw race;
            }
        });

        assertThat(attempts).hasValue(2);
    }

    @Test
    void shouldThrowAtOnceWhenTheFailureIsNotTransient() {
        ClientException syntax = new ClientException("Neo.ClientError.Statement.SyntaxError", "Invalid input");

        assertThatThrownBy(() -> preparation.prepare("the key constraints", driver, session -> {
            attempts.incrementAndGet();
            throw syntax;
        })).isSameAs(syntax);
        assertThat(attempts).hasValue(1);
        assertThat(logged.list).isEmpty();
    }

    @Test
    void shouldSayWhatFailedAndWhatToDoWhenTheDeadlockOutlastsEveryAttempt() {
        assertThatThrownBy(() -> preparation.prepare("the tombstone and outbox indexes", driver, session -> {
            attempts.incrementAndGet();
            throw DEADLOCK;
        })).isInstanceOf(StoreStartupException.class).hasCause(DEADLOCK)
                .hasMessageStartingWith("Neo4j: preparing the tombstone and outbox indexes failed 6 times, the last with "
                        + GraphWriteRetry.DEADLOCK + ": ForsetiClient")
                .hasMessageContaining("start this instance again once Neo4j answers");
        assertThat(attempts).hasValue(GraphWriteRetry.MAX_ATTEMPTS);
    }

    @SuppressWarnings("unchecked")
    private static <T> T fake(Class<T> type, Function<String, Object> answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> answer.apply(method.getName()));
    }
}
