package dev.graph2doc.rehearse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads the whole copy's progress off {@code GET /migration/copy}. A tenant's collections appear there one by one as
 * its copy is planned, so until every started tenant lists all its collections the total is still growing: the
 * reading says "planning" then, rather than a total (and a full bar) that the next plan makes wrong.
 */
final class CopyReading {

    private CopyReading() {
    }

    /**
     * @param started     the tenants the rehearsal started a copy for
     * @param collections how many collections each tenant's copy plans (the mapping's)
     */
    static Timeline.CopyProgress of(JsonNode copy, Set<String> started, int collections) {
        long done = 0;
        long total = 0;
        double rate = 0;
        boolean running = false;
        Map<String, Integer> listed = new HashMap<>();
        Map<String, Integer> waiting = new java.util.TreeMap<>();
        started.forEach(t -> listed.put(t, 0));
        for (JsonNode c : copy.path("collections")) {
            listed.merge(c.path("tenant").asText(), 1, Integer::sum);
            done += c.path("done").asLong();
            total += c.path("total").asLong();
            String state = c.path("state").asText();
            boolean ranges = !CopyStates.ended(state);
            if (ranges && !state.equals("RUNNING")) {
                waiting.merge(state, 1, Integer::sum);
            }
            if (ranges && c.path("rateBasis").asText("recent").equals("recent")) {
                rate += c.path("rate").asDouble(); // a finished collection's rate is its whole run's: not now's
            }
            running |= ranges;
        }
        boolean planning = listed.values().stream().anyMatch(n -> n < collections);
        return new Timeline.CopyProgress(done, total, rate, eta(done, total, rate, running && !planning), running || planning,
                planning, waiting);
    }

    /** Seconds left at the current rate; null when that means nothing (no rate, nothing left, totals not final). */
    static Long eta(long done, long total, double rate, boolean meaningful) {
        long left = total - done;
        if (!meaningful || rate <= 0 || left <= 0) {
            return null;
        }
        return Math.max(1, (long) Math.ceil(left / rate));
    }
}
