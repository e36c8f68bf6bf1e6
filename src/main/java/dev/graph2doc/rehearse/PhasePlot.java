package dev.graph2doc.rehearse;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * timeline.png's phase plot: one step line per tenant. Tenants walking in step would draw one line over another, so
 * each tenant has its own colour and dash and sits slightly apart from the others on the phase axis.
 */
final class PhasePlot {

    private static final List<Color> TENANTS = List.of(new Color(0, 150, 170), new Color(220, 90, 170),
            new Color(150, 150, 0), new Color(90, 90, 90), new Color(0, 60, 140));
    private static final List<float[]> DASHES = List.of(new float[] {1, 0}, new float[] {9, 5}, new float[] {2, 4},
            new float[] {12, 4, 2, 4});

    private PhasePlot() {
    }

    static XYPlot of(List<Timeline.Point> points) {
        Map<String, XYSeries> perTenant = new TreeMap<>();
        points.forEach(p -> p.phases().keySet().forEach(t -> perTenant.computeIfAbsent(t, k -> new XYSeries("phase of " + k))));
        List<String> tenants = List.copyOf(perTenant.keySet());
        double step = Math.min(0.12, 0.7 / Math.max(1, tenants.size()));
        for (Timeline.Point p : points) {
            p.phases().forEach((tenant, phase) -> perTenant.get(tenant).add(p.second(),
                    TimelineChart.PHASES.indexOf(phase) + (tenants.indexOf(tenant) - (tenants.size() - 1) / 2.0) * step));
        }
        XYSeriesCollection data = new XYSeriesCollection();
        XYStepRenderer renderer = new XYStepRenderer();
        for (int i = 0; i < tenants.size(); i++) {
            data.addSeries(perTenant.get(tenants.get(i)));
            renderer.setSeriesPaint(i, TENANTS.get(i % TENANTS.size()));
            renderer.setSeriesStroke(i, new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                    DASHES.get(i % DASHES.size()), 0));
        }
        XYPlot plot = new XYPlot(data, null, new SymbolAxis("phase", TimelineChart.PHASES.toArray(new String[0])), renderer);
        plot.setBackgroundPaint(Color.WHITE);
        return plot;
    }
}
