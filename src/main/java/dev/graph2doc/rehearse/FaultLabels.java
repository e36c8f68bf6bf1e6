package dev.graph2doc.rehearse;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;

/**
 * Where timeline.png marks its faults: each fault gets a number, drawn as a badge centred over its fault line in rows
 * above the plots (the fault's full text is in the legend under the chart, by number). Row 0 is the one nearest the
 * plots; a badge takes the nearest row where it keeps a gap to every other badge, so no two ever overlap however
 * close the faults are. A pure function of the faults and the measures, so that it can be tested.
 */
final class FaultLabels {

    private static final double GAP = 4;

    record Fault(double second, String text) {
    }

    /** {@code number} counts from 1 in time order; {@code box} is the badge, in rows above y = 0. */
    record Placed(int number, Fault fault, double x, int row, Rectangle2D box) {

        String label() {
            return Integer.toString(number);
        }
    }

    /** How badges are measured and where they may go; row r spans y from -(r+1)·rowHeight to -r·rowHeight. */
    record Measures(DoubleUnaryOperator toX, ToDoubleFunction<String> width, double left, double right, double rowHeight) {
    }

    private FaultLabels() {
    }

    static List<Placed> layout(List<Fault> faults, Measures m) {
        List<Fault> inTime = faults.stream().sorted(Comparator.comparingDouble(Fault::second)).toList();
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < inTime.size(); i++) {
            placed.add(place(i + 1, inTime.get(i), m, placed));
        }
        return placed;
    }

    static int rows(List<Placed> placed) {
        return placed.stream().mapToInt(Placed::row).max().orElse(-1) + 1;
    }

    private static Placed place(int number, Fault fault, Measures m, List<Placed> taken) {
        double x = m.toX().applyAsDouble(fault.second());
        double w = m.width().applyAsDouble(Integer.toString(number));
        double start = Math.max(m.left(), Math.min(m.right() - w, x - w / 2));
        for (int row = 0; ; row++) {
            Rectangle2D box = new Rectangle2D.Double(start, -(row + 1) * m.rowHeight(), w, m.rowHeight());
            Rectangle2D padded = new Rectangle2D.Double(start - GAP, box.getY(), w + 2 * GAP, box.getHeight());
            if (taken.stream().noneMatch(p -> padded.intersects(p.box()))) {
                return new Placed(number, fault, x, row, box); // a row above all others is always free: this ends
            }
        }
    }
}
