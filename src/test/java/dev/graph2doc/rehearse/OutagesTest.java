package dev.graph2doc.rehearse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutagesTest {

    private final AtomicLong now = new AtomicLong(seconds(100));
    private final Outages outages = new Outages(now::get);

    @Test
    void shouldExcuseAFailureOfAnyInstanceWhenTheServerWasStoppedDuringTheRequest() {
        now.set(seconds(100));
        int window = outages.down(Outages.Store.NEO4J, null);
        now.set(seconds(106));
        outages.up(window);

        assertThat(outages.covers(Outages.Store.NEO4J, "http://a", seconds(99), seconds(101))).isTrue();
        assertThat(outages.covers(Outages.Store.NEO4J, "http://b", seconds(105), seconds(105))).isTrue();
    }

    @Test
    void shouldExcuseOnlyThePartitionedInstanceWhenOneInstanceWasCut() {
        int window = outages.down(Outages.Store.MONGODB, "http://a");
        now.set(seconds(104));
        outages.up(window);

        assertThat(outages.covers(Outages.Store.MONGODB, "http://a", seconds(102), seconds(103))).isTrue();
        assertThat(outages.covers(Outages.Store.MONGODB, "http://b", seconds(102), seconds(103))).isFalse();
        assertThat(outages.covers(Outages.Store.NEO4J, "http://a", seconds(102), seconds(103))).as("the other store").isFalse();
    }

    @Test
    void shouldExcuseWithinTheGraceAfterTheStoreCameBackAndNotLaterWhenAsked() {
        int window = outages.down(Outages.Store.NEO4J, null);
        now.set(seconds(110));
        outages.up(window);

        assertThat(outages.covers(Outages.Store.NEO4J, "http://a", seconds(114), seconds(115))).isTrue();
        assertThat(outages.covers(Outages.Store.NEO4J, "http://a", seconds(116), seconds(117))).isFalse();
        assertThat(outages.covers(Outages.Store.NEO4J, "http://a", seconds(90), seconds(99))).as("before it").isFalse();
    }

    @Test
    void shouldExcuseEveryLaterRequestWhenTheStoreIsStillDown() {
        outages.down(Outages.Store.MONGODB, null);

        assertThat(outages.covers(Outages.Store.MONGODB, "http://a", seconds(500), seconds(501))).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"GRAPH_ONLY, true, NEO4J", "COMPARE, true, NEO4J", "UNFORKED, true, MONGODB", "FORK_WRITES, false, NEO4J",
            "SWAP_READS, false, MONGODB", "COMPARE, false, MONGODB", "UNFORKED, false, MONGODB"})
    void shouldNeedThePrimaryForAWriteAndTheServingStoreForAReadWhenInAPhase(String phase, boolean write,
                                                                              Outages.Store store) {
        assertThat(Outages.needed(phase, write)).isEqualTo(store);
    }

    private static long seconds(long s) {
        return TimeUnit.SECONDS.toNanos(s);
    }
}
