package dev.graph2doc.rehearse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CopyReadingTest {

    private static JsonNode copy(String... collections) throws Exception {
        return new ObjectMapper().readTree("{\"collections\":[" + String.join(",", collections) + "]}");
    }

    private static String row(String tenant, String state, long done, long total, double rate, String basis) {
        return String.format("{\"tenant\":\"%s\",\"collection\":\"c%d\",\"state\":\"%s\",\"done\":%d,\"total\":%d,"
                + "\"rate\":%s,\"rateBasis\":\"%s\"}", tenant, total, state, done, total, rate, basis);
    }

    @Test
    void shouldSayPlanningWithoutEtaWhenAStartedTenantListsFewerCollectionsThanTheMapping() throws Exception {
        JsonNode copy = copy(row("acme", "COMPLETE", 206, 206, 40, "run"), row("globex", "RUNNING", 10, 442, 20, "recent"));

        Timeline.CopyProgress p = CopyReading.of(copy, Set.of("acme", "globex"), 2);

        assertThat(p.planning()).isTrue();
        assertThat(p.running()).isTrue();
        assertThat(p.etaSeconds()).isNull();
    }

    @Test
    void shouldSayPlanningWhenAStartedTenantIsNotListedYet() throws Exception {
        JsonNode copy = copy(row("acme", "COMPLETE", 206, 206, 40, "run"));

        Timeline.CopyProgress p = CopyReading.of(copy, Set.of("acme", "globex"), 1);

        assertThat(p.planning()).isTrue();
        assertThat(p.running()).isTrue();
    }

    @Test
    void shouldGiveEtaFromRecentRatesOnlyWhenEveryStartedTenantIsPlanned() throws Exception {
        JsonNode copy = copy(row("acme", "COMPLETE", 206, 206, 40, "run"), row("globex", "RUNNING", 42, 442, 20, "recent"));

        Timeline.CopyProgress p = CopyReading.of(copy, Set.of("acme", "globex"), 1);

        assertThat(p.planning()).isFalse();
        assertThat(p.total()).isEqualTo(648);
        assertThat(p.rate()).isEqualTo(20.0);
        assertThat(p.etaSeconds()).isEqualTo(20L);
    }

    @Test
    void shouldOmitEtaWhenRunningWithNothingLeftOrNoRate() throws Exception {
        JsonNode checking = copy(row("acme", "CHECKING", 206, 206, 30, "recent"));
        JsonNode stalled = copy(row("acme", "RUNNING", 100, 206, 0, "recent"));

        assertThat(CopyReading.of(checking, Set.of("acme"), 1).etaSeconds()).isNull();
        assertThat(CopyReading.of(stalled, Set.of("acme"), 1).etaSeconds()).isNull();
    }

    @Test
    void shouldCountUnendedCollectionsByStateWhenNotRunning() throws Exception {
        JsonNode copy = copy(row("acme", "CHECKING", 206, 206, 0, "recent"), row("acme", "PAUSED", 1, 2, 0, "recent"),
                row("acme", "RUNNING", 1, 3, 0, "recent"), row("acme", "COMPLETE", 4, 4, 0, "run"));

        assertThat(CopyReading.of(copy, Set.of("acme"), 4).waiting()).isEqualTo(java.util.Map.of("CHECKING", 1, "PAUSED", 1));
    }

    @Test
    void shouldNeverSayZeroSecondsWhenDocumentsAreLeft() {
        assertThat(CopyReading.eta(205, 206, 1000, true)).isEqualTo(1L);
    }
}
