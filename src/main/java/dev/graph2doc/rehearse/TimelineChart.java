package dev.graph2doc.rehearse;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * timeline.png: request rate, latency p99 (log scale), mismatch ratio and each tenant's phase ({@link PhasePlot}) over
 * time; faults as numbered violet lines ({@link FaultBand}). Every series has a colour of its own, used by nothing else.
 */
final class TimelineChart {

    static final List<String> PHASES = List.of("GRAPH_ONLY", "COPY", "FORK_WRITES", "SWAP_READS", "COMPARE", "UNFORKED");
    static final int WIDTH = 1400;
    static final int HEIGHT = 1000;


    private final List<Timeline.Point> points;
    private final List<Events.Event> faults;

    TimelineChart(List<Timeline.Point> points, List<Events.Event> events) {
        this.points = points;
        this.faults = events.stream().filter(e -> e.kind() == Events.Kind.FAULT).toList();
    }

    void write(Path file) throws IOException {
        ImageIO.write(render(), "png", file.toFile());
    }

    BufferedImage render() {
        System.setProperty("java.awt.headless", "true");
        CombinedDomainXYPlot plot = plots();
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.createBufferedImage(WIDTH, HEIGHT, info); // lays the chart out, so that seconds map to x
        Rectangle2D data = info.getPlotInfo().getDataArea();
        FaultBand band = new FaultBand("graph2doc rehearsal", faults,
                s -> plot.getDomainAxis().valueToJava2D(s, data, plot.getDomainAxisEdge()), data.getMinX(), data.getMaxX());
        BufferedImage image = new BufferedImage(WIDTH, band.header() + HEIGHT + band.footer(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        band.drawHeader(g, WIDTH, band.header() + data.getMinY());
        chart.draw(g, new Rectangle(0, band.header(), WIDTH, HEIGHT));
        band.drawFooter(g, band.header() + HEIGHT, (int) data.getMinX());
        g.dispose();
        return image;
    }

    private CombinedDomainXYPlot plots() {
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(new NumberAxis("seconds since start"));
        plot.add(lines(new NumberAxis("requests/s"), line(series("requests/s", Timeline.Point::requestsPerSecond),
                new Color(30, 110, 200), 1.5f), line(series("failed/s", p -> (double) p.failed()), new Color(215, 30, 30), 2.5f)), 2);
        // log scale: a read p99 of a few ms stays visible beside write spikes of a second
        LogarithmicAxis latency = new LogarithmicAxis("p99 ms (log scale)");
        latency.setStrictValuesFlag(false);
        latency.setAutoRangeNextLogFlag(true);
        plot.add(lines(latency, line(series("write p99", Timeline.Point::writeP99), new Color(240, 130, 0), 1.5f),
                line(series("read p99", Timeline.Point::readP99), new Color(0, 140, 60), 2.5f)), 2);
        plot.add(lines(new NumberAxis("mismatch ratio"), line(series("mismatches / comparisons (per second)",
                Timeline.Point::mismatchRatio), new Color(120, 70, 40), 1.5f)), 1);
        plot.add(PhasePlot.of(points), 2);
        for (Object sub : plot.getSubplots()) {
            markFaults((XYPlot) sub);
        }
        return plot;
    }

    private interface Value {
        double of(Timeline.Point p);
    }

    private record Line(XYSeries series, Color colour, float width) {
    }

    private static Line line(XYSeries series, Color colour, float width) {
        return new Line(series, colour, width);
    }

    private XYSeries series(String name, Value value) {
        XYSeries series = new XYSeries(name);
        for (Timeline.Point p : points) {
            double v = value.of(p);
            series.add(p.second(), Double.isNaN(v) ? null : v);
        }
        return series;
    }

    private static XYPlot lines(ValueAxis axis, Line... lines) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < lines.length; i++) {
            data.addSeries(lines[i].series());
            renderer.setSeriesPaint(i, lines[i].colour());
            renderer.setSeriesStroke(i, new BasicStroke(lines[i].width()));
        }
        XYPlot plot = new XYPlot(data, null, axis, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return plot;
    }

    private void markFaults(XYPlot plot) {
        for (Events.Event e : faults) {
            plot.addDomainMarker(new ValueMarker(e.second(), FaultBand.FAULT, new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 10, new float[] {5, 3}, 0)));
        }
    }
}
