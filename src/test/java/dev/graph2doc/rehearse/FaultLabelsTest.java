package dev.graph2doc.rehearse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultLabelsTest {

    /** 1400 px wide chart over 120 s, plots from x = 80 to 1380; badges 7 px per character plus padding. */
    private static final FaultLabels.Measures MEASURES = new FaultLabels.Measures(s -> 80 + s * 1300 / 120,
            label -> Math.max(18, label.length() * 7 + 8), 80, 1380, 18);

    static List<FaultLabels.Fault> eightFaultsInTwentySeconds() {
        List<FaultLabels.Fault> faults = new ArrayList<>();
        double[] seconds = {30.0, 30.4, 31.1, 33.0, 33.2, 40.5, 41.0, 49.9};
        for (double s : seconds) {
            faults.add(new FaultLabels.Fault(s, "fault at " + s));
        }
        return faults;
    }

    @Test
    void shouldPlaceNoTwoLabelsOverlappingWhenEightFaultsFallInTwentySeconds() {
        List<FaultLabels.Placed> placed = FaultLabels.layout(eightFaultsInTwentySeconds(), MEASURES);

        assertThat(placed).hasSize(8);
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                assertThat(placed.get(i).box().intersects(placed.get(j).box()))
                        .as("%s and %s", placed.get(i), placed.get(j)).isFalse();
            }
        }
        assertThat(FaultLabels.rows(placed)).isGreaterThan(1);
    }

    @Test
    void shouldCentreEachLabelOnItsFaultAndNumberThemInTimeOrderWhenGivenOutOfOrder() {
        List<FaultLabels.Fault> faults = new ArrayList<>(eightFaultsInTwentySeconds());
        java.util.Collections.reverse(faults);

        List<FaultLabels.Placed> placed = FaultLabels.layout(faults, MEASURES);

        for (int i = 0; i < placed.size(); i++) {
            FaultLabels.Placed p = placed.get(i);
            assertThat(p.label()).isEqualTo(Integer.toString(i + 1));
            assertThat(p.box().getCenterX()).isCloseTo(p.x(), org.assertj.core.data.Offset.offset(0.001));
        }
        assertThat(placed.get(0).fault().second()).isEqualTo(30.0);
    }

    @Test
    void shouldKeepLabelsInsideThePlotsWhenFaultsSitAtTheEdges() {
        List<FaultLabels.Placed> placed = FaultLabels.layout(List.of(new FaultLabels.Fault(0, "first"),
                new FaultLabels.Fault(120, "last")), MEASURES);

        assertThat(placed).allSatisfy(p -> assertThat(p.box().getMinX()).isGreaterThanOrEqualTo(80));
        assertThat(placed).allSatisfy(p -> assertThat(p.box().getMaxX()).isLessThanOrEqualTo(1380));
        assertThat(FaultLabels.rows(placed)).isEqualTo(1);
    }
}
