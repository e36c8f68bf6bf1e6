package dev.graph2doc.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.graph2doc.phase.Phase;
import dev.graph2doc.phase.TenantPhase;
import dev.graph2doc.phase.WritesInFlight;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class WritePhasesTest {

    private static final TenantPhase UNFORKED = new TenantPhase("acme", Phase.UNFORKED, Instant.EPOCH, 6);

    private final AtomicReference<List<String>> notApplying = new AtomicReference<>(List.of());
    private final AtomicLong backlog = new AtomicLong();
    private Supplier<Long> backlogReader = backlog::get;

    private final AtomicReference<java.util.Optional<String>> fenced = new AtomicReference<>(java.util.Optional.empty());

    private WritePhases phases(Duration settleTimeout) {
        return new WritePhases(new dev.graph2doc.phase.TenantPhases() {
            @Override
            public Phase phaseOf(String tenant) {
                return UNFORKED.phase();
            }

            @Override
            public TenantPhase stateOf(String tenant) {
                return UNFORKED;
            }
        }, phase -> notApplying.get(), new Outbox(), new WritesInFlight(), settleTimeout, fenced::get);
    }

    @Test
    void shouldRefuseAWriteBeforeItStartsWhenThisInstanceIsFenced() {
        fenced.set(java.util.Optional.of("no heartbeat for 2.0 s"));
        AtomicLong ran = new AtomicLong();
        assertThatThrownBy(() -> phases(Duration.ofSeconds(1)).run("acme", phase -> ran.incrementAndGet()))
                .isInstanceOf(dev.graph2doc.phase.FencedException.class).hasMessageContaining("did not start this write")
                .hasMessageContaining("no heartbeat for 2.0 s");
        assertThat(ran).hasValue(0);
    }

    @Test
    void shouldNotAcknowledgeAWriteWhenThisInstanceFencedWhileItRan() {
        assertThatThrownBy(() -> phases(Duration.ofSeconds(1)).run("acme", phase -> {
            fenced.set(java.util.Optional.of("paused for 4.0 s"));
            return phase;
        })).isInstanceOf(dev.graph2doc.phase.FencedException.class)
                .hasMessageContaining("did not acknowledge this write, which may or may not have been applied");
    }

    @Test
    void shouldWriteBothStoresWhenAnInstanceDoesNotApplyUnforkedYet() {
        notApplying.set(List.of("instance-b"));
        assertThat(phases(Duration.ofSeconds(1)).<Phase>run("acme", phase -> phase)).isEqualTo(Phase.COMPARE);
    }

    @Test
    void shouldWriteMongoAloneOnceEveryInstanceAppliesUnforkedAndTheBacklogIsEmpty() {
        assertThat(phases(Duration.ofSeconds(1)).<Phase>run("acme", phase -> phase)).isEqualTo(Phase.UNFORKED);
    }

    @Test
    void shouldStayMongoAloneWhenAnInstanceLaterLagsBehind() {
        WritePhases phases = phases(Duration.ofSeconds(1));
        phases.<Phase>run("acme", phase -> phase);
        notApplying.set(List.of("instance-c"));
        assertThat(phases.<Phase>run("acme", phase -> phase)).isEqualTo(Phase.UNFORKED);
    }

    @Test
    void shouldSwitchToMongoAloneOnlyAfterThisInstancesTwoStoreWriteEndedWhenOneIsRunning() throws Exception {
        WritePhases phases = phases(Duration.ofSeconds(10));
        notApplying.set(List.of("instance-b"));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Phase> twoStores = CompletableFuture.supplyAsync(() -> phases.<Phase>run("acme", phase -> {
            started.countDown();
            await(release);
            return phase;
        }));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        notApplying.set(List.of());
        CompletableFuture<Phase> mongoAlone = CompletableFuture.supplyAsync(() -> phases.<Phase>run("acme", phase -> phase));

        assertThatThrownBy(() -> mongoAlone.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
        release.countDown();
        assertThat(twoStores.get(5, TimeUnit.SECONDS)).isEqualTo(Phase.COMPARE);
        assertThat(mongoAlone.get(5, TimeUnit.SECONDS)).isEqualTo(Phase.UNFORKED);
    }

    @Test
    void shouldRefuseNamingTheBacklogWhenItDoesNotDrainWithinTheSettleTimeout() {
        backlog.set(3);
        assertThatThrownBy(() -> phases(Duration.ofMillis(60)).<Phase>run("acme", phase -> phase))
                .isInstanceOf(UnforkSettlingException.class)
                .hasMessageContaining("'acme'").hasMessageContaining("3 document(s) still wait for repair")
                .hasMessageContaining("PT0.06S");
    }

    @Test
    void shouldStartMongoAloneOnceTheBacklogDrainsWithinTheSettleTimeout() {
        backlog.set(2);
        AtomicLong reads = new AtomicLong();
        backlogReader = () -> reads.incrementAndGet() < 3 ? backlog.get() : 0L;
        assertThat(phases(Duration.ofSeconds(5)).<Phase>run("acme", phase -> phase)).isEqualTo(Phase.UNFORKED);
        assertThat(reads.get()).isEqualTo(3);
    }

    @Test
    void shouldAnswerStoreUnavailableWhenTheBacklogCannotBeRead() {
        backlogReader = () -> {
            throw new IllegalStateException("Connection to the database terminated");
        };
        assertThatThrownBy(() -> phases(Duration.ofSeconds(1)).<Phase>run("acme", phase -> phase))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("repair backlog").hasMessageContaining("Connection to the database terminated");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Outbox implements WriteOutbox {
        @Override
        public List<OutboxEntry> oldest(int limit) {
            return List.of();
        }

        @Override
        public void clear(List<OutboxEntry> confirmed) {
        }

        @Override
        public Backlog backlog(String tenant) {
            return new Backlog(backlogReader.get(), Instant.EPOCH);
        }

        @Override
        public java.util.Set<Object> pending(String tenant, String collection, java.util.Collection<Object> keys) {
            return java.util.Set.of();
        }
    }
}
