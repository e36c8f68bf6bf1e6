package dev.graph2doc.rehearse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One sample per second of what the rehearsal saw; the report's chart and the live display read it. */
final class Timeline {

    /** Latencies in ms (NaN when no such request in the interval); comparisons and mismatches in the interval. */
    record Point(double second, double requestsPerSecond, long requests, long failed, double writeP50, double writeP99, double readP50,
                 double readP99, long comparisons, long mismatches, long backlog, Map<String, String> phases,
                 CopyProgress copy) {

        double mismatchRatio() {
            return comparisons == 0 ? 0 : (double) mismatches / comparisons;
        }
    }

    /**
     * The copy as {@code GET /migration/copy} showed it: documents done and planned, documents/s, seconds left (null
     * when unknown); {@code planning} while a started tenant's copy is not fully planned, so {@code total} still grows;
     * {@code waiting}: how many collections not yet ended are in each state other than RUNNING (e.g. CHECKING).
     */
    record CopyProgress(long done, long total, double rate, Long etaSeconds, boolean running, boolean planning,
                        Map<String, Integer> waiting) {

        static final CopyProgress NONE = new CopyProgress(0, 0, 0, null, false, false, Map.of());
    }

    private final List<Point> points = new ArrayList<>();

    synchronized void add(Point point) {
        points.add(point);
    }

    synchronized List<Point> points() {
        return List.copyOf(points);
    }

    synchronized Point last() {
        return points.isEmpty() ? null : points.get(points.size() - 1);
    }
}
