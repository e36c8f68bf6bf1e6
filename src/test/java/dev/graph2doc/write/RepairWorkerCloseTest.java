package dev.graph2doc.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Stopping the repair worker lets the round in flight finish: an interrupt inside a store call fails it noisily. */
class RepairWorkerCloseTest {

    @Test
    void shouldLetTheRoundInFlightFinishUninterruptedWhenClosed() throws Exception {
        CountDownLatch inRound = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicBoolean finished = new AtomicBoolean();
        WriteOutbox slow = new EmptyOutbox() {
            @Override
            public List<OutboxEntry> oldest(int limit) {
                inRound.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    interrupted.set(true);
                }
                finished.set(true);
                return List.of();
            }
        };
        RepairWorker worker = new RepairWorker(slow, null, new OutboxConfirmations(Clock.systemUTC()),
                new RepairSettings(Duration.ofMillis(50), Duration.ofSeconds(2), 10), Clock.systemUTC(), WriteMetrics.NONE);
        worker.start();
        assertThat(inRound.await(10, TimeUnit.SECONDS)).isTrue();

        Thread closing = Thread.ofPlatform().start(worker::close);
        Thread.sleep(200); // close() is now waiting for the round
        release.countDown();
        closing.join(10_000);

        assertThat(closing.isAlive()).isFalse();
        assertThat(interrupted).as("the round was interrupted").isFalse();
        assertThat(finished).isTrue();
    }

    @Test
    void shouldStopAtOnceWhenClosedBetweenRounds() throws Exception {
        CountDownLatch rounds = new CountDownLatch(2);
        RepairWorker worker = new RepairWorker(new EmptyOutbox() {
            @Override
            public List<OutboxEntry> oldest(int limit) {
                rounds.countDown();
                return List.of();
            }
        }, null, new OutboxConfirmations(Clock.systemUTC()),
                new RepairSettings(Duration.ofSeconds(30), Duration.ofSeconds(2), 10), Clock.systemUTC(), WriteMetrics.NONE);
        worker.start();
        Thread.sleep(200);
        long start = System.nanoTime();
        worker.close();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("close while it waits 30 s for the next round")
                .isLessThan(Duration.ofSeconds(5));
        assertThat(rounds.getCount()).as("no second round").isEqualTo(1);
    }

    private abstract static class EmptyOutbox implements WriteOutbox {
        @Override
        public void clear(List<OutboxEntry> confirmed) {
        }

        @Override
        public Backlog backlog(String tenant) {
            return null;
        }

        @Override
        public Set<Object> pending(String tenant, String collection, Collection<Object> keys) {
            return Set.of();
        }
    }
}
