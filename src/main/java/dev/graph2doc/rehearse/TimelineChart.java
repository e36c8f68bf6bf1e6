package dev.graph2doc.rehearse;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** timeline.png: request rate, latency p99, mismatch ratio and each tenant's phase over time; faults as red lines. */
final class TimelineChart {

    static final List<String> PHASES = List.of("GRAPH_ONLY", "COPY", "FORK_WRITES", "SWAP_READS", "COMPARE", "UNFORKED");

    private final List<Timeline.Point> points;
    private final List<Events.Event> events;

    TimelineChart(List<Timeline.Point> points, List<Events.Event> events) {
        this.points = points;
        this.events = events;
    }

    void write(Path file) throws IOException {
        System.setProperty("java.awt.headless", "true");
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(new NumberAxis("seconds since start"));
        plot.add(lines("requests/s", series("requests/s", Timeline.Point::requestsPerSecond), series("failed/s", p -> (double) p.failed())), 2);
        plot.add(lines("p99 ms", series("write p99", Timeline.Point::writeP99), series("read p99", Timeline.Point::readP99)), 2);
        plot.add(lines("mismatch ratio", series("mismatches / comparisons (per second)", Timeline.Point::mismatchRatio)), 1);
        plot.add(phases(), 2);
        for (Object sub : plot.getSubplots()) {
            markFaults((XYPlot) sub, sub == plot.getSubplots().get(0));
        }
        JFreeChart chart = new JFreeChart("graph2doc rehearsal", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, 1400, 1100);
    }

    private interface Value {
        double of(Timeline.Point p);
    }

    private XYSeries series(String name, Value value) {
        XYSeries series = new XYSeries(name);
        for (Timeline.Point p : points) {
            double v = value.of(p);
            series.add(p.second(), Double.isNaN(v) ? null : v);
        }
        return series;
    }

    private static XYPlot lines(String axis, XYSeries... series) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (XYSeries s : series) {
            data.addSeries(s);
        }
        XYPlot plot = new XYPlot(data, null, new NumberAxis(axis), new XYLineAndShapeRenderer(true, false));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return plot;
    }

    private XYPlot phases() {
        Map<String, XYSeries> perTenant = new TreeMap<>();
        for (Timeline.Point p : points) {
            p.phases().forEach((tenant, phase) ->
                    perTenant.computeIfAbsent(tenant, t -> new XYSeries("phase of " + t)).add(p.second(), PHASES.indexOf(phase)));
        }
        XYSeriesCollection data = new XYSeriesCollection();
        perTenant.values().forEach(data::addSeries);
        SymbolAxis axis = new SymbolAxis("phase", PHASES.toArray(new String[0]));
        XYStepRenderer renderer = new XYStepRenderer();
        renderer.setDefaultStroke(new BasicStroke(2f));
        XYPlot plot = new XYPlot(data, null, axis, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        return plot;
    }

    /** The fault's first words, so that labels of close faults stay readable. */
    static String shortLabel(String text) {
        String head = text.split("[(:]", 2)[0].trim();
        return head.length() > 24 ? head.substring(0, 24) + "…" : head;
    }

    private void markFaults(XYPlot plot, boolean label) {
        for (Events.Event e : events) {
            if (e.kind() != Events.Kind.FAULT) {
                continue;
            }
            ValueMarker marker = new ValueMarker(e.second(), new Color(200, 0, 0, 140), new BasicStroke(1.2f));
            if (label) {
                marker.setLabel(shortLabel(e.text()));
                marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
                marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
                marker.setLabelPaint(new Color(150, 0, 0));
            }
            plot.addDomainMarker(marker);
        }
    }
}
