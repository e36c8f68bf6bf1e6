package dev.graph2doc.store.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.resilience4j.core.functions.Either;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;

class GraphWriteRetryTest {

    private static final TransientException DEADLOCK = new TransientException(GraphWriteRetry.DEADLOCK,
            "ForsetiClient[transactionId=997] can't acquire EXCLUSIVE NODE(736) because it would form this deadlock wait cycle");

    private final GraphWriteRetry retry = new GraphWriteRetry();
    private final AtomicInteger attempts = new AtomicInteger();

    @Test
    void shouldRunTheTransactionAgainWhenNeo4jReportsADeadlock() {
        String result = retry.execute(() -> {
            if (attempts.incrementAndGet() <= 2) {
                throw DEADLOCK;
            }
            return "committed";
        });

        assertThat(result).isEqualTo("committed");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void shouldWaitMillisecondsNotASecondWhenTheFailureIsADeadlock() {
        Either<Throwable, Object> deadlock = Either.left(DEADLOCK);

        assertThat(GraphWriteRetry.waitMillis(1, deadlock, 0.0)).isEqualTo(3);  // 5 ms, spread -50%
        assertThat(GraphWriteRetry.waitMillis(1, deadlock, 1.0)).isEqualTo(8);  // 5 ms, spread +50%
        assertThat(GraphWriteRetry.waitMillis(5, deadlock, 1.0)).isEqualTo(120); // 80 ms: the longest wait
    }

    @Test
    void shouldRunTheBatchAgainAfterMillisecondsWhenItsUpsertedNodeWasDeletedMeanwhile() {
        NodeDeletedMeanwhileException deleted = new NodeDeletedMeanwhileException("devices/d-1 deleted meanwhile");

        String result = retry.execute(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw deleted;
            }
            return "committed";
        });

        assertThat(result).isEqualTo("committed");
        assertThat(GraphWriteRetry.waitMillis(1, Either.left(deleted), 0.5)).isEqualTo(5);
    }

    @Test
    void shouldWaitLongerWhenTheConnectionIsLost() {
        Either<Throwable, Object> lost = Either.left(new ServiceUnavailableException("connection to 127.0.0.1:7687 lost"));

        assertThat(GraphWriteRetry.waitMillis(1, lost, 0.5)).isEqualTo(100);
        assertThat(GraphWriteRetry.waitMillis(5, lost, 0.5)).isEqualTo(1600);
    }

    @Test
    void shouldThrowAtOnceWhenTheFailureIsNotRetryable() {
        ClientException syntax = new ClientException("Neo.ClientError.Statement.SyntaxError", "Invalid input");

        assertThatThrownBy(() -> retry.execute(() -> {
            attempts.incrementAndGet();
            throw syntax;
        })).isSameAs(syntax);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void shouldGiveUpWithTheLastFailureAfterSixAttemptsWhenTheDeadlockPersists() {
        assertThatThrownBy(() -> retry.execute(() -> {
            attempts.incrementAndGet();
            throw DEADLOCK;
        })).isSameAs(DEADLOCK);
        assertThat(attempts).hasValue(GraphWriteRetry.MAX_ATTEMPTS);
        assertThat(retry.metrics().getNumberOfFailedCallsWithRetryAttempt()).isEqualTo(1);
    }
}
