package dev.graph2doc.rehearse;

import static org.assertj.core.api.Assertions.assertThat;

import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

class PhasePlotTest {

    @Test
    void shouldDrawTenantsApartInColourDashAndHeightWhenTheirPhasesCoincide() {
        XYPlot plot = PhasePlot.of(TimelineChartTest.points()); // globex and initech walk in step

        var data = plot.getDataset();
        int globex = 1;
        int initech = 2;
        assertThat(data.getSeriesKey(globex)).isEqualTo("phase of globex");
        assertThat(data.getSeriesKey(initech)).isEqualTo("phase of initech");
        for (int i = 0; i < data.getItemCount(globex); i++) {
            assertThat(data.getYValue(globex, i)).isNotEqualTo(data.getYValue(initech, i));
            assertThat(Math.round(data.getYValue(globex, i))).isEqualTo(Math.round(data.getYValue(initech, i)));
        }
        var renderer = plot.getRenderer();
        assertThat(renderer.getSeriesPaint(globex)).isNotEqualTo(renderer.getSeriesPaint(initech));
        assertThat(renderer.getSeriesStroke(globex)).isNotEqualTo(renderer.getSeriesStroke(initech));
        assertThat(renderer.getSeriesPaint(globex)).isNotEqualTo(FaultBand.FAULT);
    }
}
