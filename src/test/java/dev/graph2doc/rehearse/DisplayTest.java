package dev.graph2doc.rehearse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DisplayTest {

    @Test
    void shouldShowPlanningAndNoBarWhenTheTotalIsNotFinal() {
        String line = Display.copyLine(new Timeline.CopyProgress(653, 653, 30, null, true, true, Map.of()));

        assertThat(line).startsWith("copy: planning").doesNotContain("[").doesNotContain("ETA").doesNotContain("/653");
    }

    @Test
    void shouldShowBarRateAndEtaWhenPlannedAndRunning() {
        String line = Display.copyLine(new Timeline.CopyProgress(100, 200, 12.5, 8L, true, false, Map.of()));

        assertThat(line).isEqualTo("copy [###############...............] 100/200 documents, 12.5/s over the last 5 s, ETA 8 s");
    }

    @Test
    void shouldOmitEtaWhenUnknown() {
        String line = Display.copyLine(new Timeline.CopyProgress(200, 200, 0, null, true, false, Map.of()));

        assertThat(line).endsWith("0.0/s over the last 5 s").doesNotContain("ETA");
    }

    @Test
    void shouldNameWhatAFullBarWaitsOnWhenCollectionsHaveNotEnded() {
        String line = Display.copyLine(new Timeline.CopyProgress(255, 255, 0, null, true, false, Map.of("CHECKING", 2)));

        assertThat(line).endsWith("255/255 documents, 0.0/s over the last 5 s, not ended: 2 CHECKING");
    }

    @Test
    void shouldSayDoneWhenNoCollectionRuns() {
        assertThat(Display.copyLine(new Timeline.CopyProgress(200, 200, 5, null, false, false, Map.of()))).endsWith("200/200 documents, done");
        assertThat(Display.copyLine(Timeline.CopyProgress.NONE)).isEqualTo("copy: not started");
    }

    @Test
    void shouldReportMismatchesByKindApartFromMatchesAndUncomparedWhenAllOccur() {
        String line = Display.comparisonsLine(3, Map.of("field", 2L, "match", 2104L, "stale", 1L, "timeout", 15L));

        assertThat(line).isEqualTo("backlog 3, matches 2104, mismatches 2 (field 2), not compared: stale 1, timeout 15");
    }

    @Test
    void shouldReportNoKindsWhenNothingMismatched() {
        assertThat(Display.comparisonsLine(0, Map.of("match", 5L))).isEqualTo("backlog 0, matches 5, mismatches 0");
    }

    @Test
    void shouldPutTotalsFirstWhenReportingRequests() {
        Timeline.Point p = new Timeline.Point(1, 24, 24, 0, 1, 3.14, 1, 2.0, 0, 0, 0, Map.of(), Timeline.CopyProgress.NONE);

        assertThat(Display.requestsLine(p, 7682, 0))
                .isEqualTo("requests 7682, failed 0; now 24/s (0 failed), write p99 3.1 ms, read p99 2.0 ms");
    }
}
