package dev.graph2doc.rehearse;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * timeline.png's fault annotations, drawn around the chart: above it the title and the fault numbers (laid out by
 * {@link FaultLabels}), below it the legend giving each number its time, tenant and full text.
 */
final class FaultBand {

    /** Used by nothing else in the chart, so a fault is never mistaken for a series. */
    static final Color FAULT = new Color(128, 0, 200);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    private static final Font BADGE = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    private static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final int TITLE_HEIGHT = 34;
    private static final int ROW = 18;
    private static final int LINE = 18;

    private final String title;
    private final List<FaultLabels.Placed> placed;
    private final List<Events.Event> faults;

    FaultBand(String title, List<Events.Event> faults, DoubleUnaryOperator toX, double left, double right) {
        this.title = title;
        this.faults = faults.stream().sorted(java.util.Comparator.comparingDouble(Events.Event::second)).toList();
        FontMetrics metrics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics().getFontMetrics(BADGE);
        this.placed = FaultLabels.layout(this.faults.stream().map(e -> new FaultLabels.Fault(e.second(), e.text())).toList(),
                new FaultLabels.Measures(toX, s -> Math.max(ROW, metrics.stringWidth(s) + 8), left, right, ROW));
    }

    int header() {
        return TITLE_HEIGHT + FaultLabels.rows(placed) * ROW + 4;
    }

    int footer() {
        return faults.isEmpty() ? 0 : 16 + LINE * faults.size();
    }

    /** The title, then the badges; {@code bottom} is the y just above the plots. */
    void drawHeader(Graphics2D g, int width, double bottom) {
        g.setColor(Color.BLACK);
        g.setFont(TITLE);
        g.drawString(title, (width - g.getFontMetrics().stringWidth(title)) / 2, 24);
        g.setColor(FAULT);
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {2, 2}, 0));
        for (FaultLabels.Placed p : placed) { // lines first: a badge in a lower row covers a line passing behind it
            g.drawLine((int) p.x(), (int) (bottom + p.box().getMaxY()), (int) p.x(), (int) bottom);
        }
        g.setFont(BADGE);
        for (FaultLabels.Placed p : placed) {
            double top = bottom + p.box().getY();
            g.setColor(FAULT);
            g.fillRoundRect((int) p.box().getX(), (int) top + 1, (int) p.box().getWidth(), ROW - 2, 8, 8);
            g.setColor(Color.WHITE);
            int textWidth = g.getFontMetrics().stringWidth(p.label());
            g.drawString(p.label(), (int) (p.box().getCenterX() - textWidth / 2.0), (int) top + ROW - 5);
        }
    }

    /** One line per fault: its number, when, which tenant, and the whole text. */
    void drawFooter(Graphics2D g, int top, int left) {
        g.setFont(LEGEND);
        int y = top + LINE;
        for (int i = 0; i < placed.size(); i++) {
            FaultLabels.Placed p = placed.get(i);
            Events.Event e = faults.get(i); // both in time order
            g.setColor(FAULT);
            g.fillRoundRect(left, y - 13, 22, 16, 8, 8);
            g.setColor(Color.WHITE);
            g.drawString(p.label(), left + 11 - g.getFontMetrics().stringWidth(p.label()) / 2, y);
            g.setColor(Color.BLACK);
            g.drawString(String.format("%.1f s  %s%s", e.second(), e.tenant() == null ? "" : e.tenant() + ": ", e.text()),
                    left + 30, y);
            y += LINE;
        }
    }
}
