package dev.graph2doc.rehearse;

import java.time.Duration;

/**
 * One fault of a {@link ChaosSchedule}: its number, kind, when it is due (after the chaos started) and for how long,
 * and what the seed drew for it: the instance it hits, the store a slow-store fault slows and by how much per packet,
 * and {@code pick} (which eligible tenant a corruption hits; how long after the transition's request a kill lands).
 */
record ChaosFault(int number, ChaosKind kind, Moment moment, Duration at, Duration lasts, int instance, Store store,
                  long delayMillis, int pick) {

    /** When the fault lands: at its time, or from its time on at the first moment the walk offers. */
    enum Moment {
        AT_TIME(""), NEXT_TRANSITION(" during the next transition"), UNFORKED(" once a tenant is UNFORKED");

        private final String words;

        Moment(String words) {
            this.words = words;
        }

        String words() {
            return words;
        }
    }

    /** The store a slow-store fault slows. */
    enum Store { NEO4J, MONGODB }

    /** The moment the fault is over at the latest, as scheduled (a wait for its moment comes on top). */
    Duration end() {
        return at.plus(lasts);
    }

    /** One line for the report: "#3 at 41.2 s: instance partitioned from MongoDB (b) for 5.1 s". */
    String describe(java.util.List<String> instanceNames) {
        String target = instance >= 0 ? " (" + instanceNames.get(instance) + ")" : "";
        String slow = kind == ChaosKind.SLOW_STORE ? " (" + store + " +" + delayMillis + " ms per packet)" : "";
        String lasting = lasts.isZero() ? "" : String.format(" for %.1f s", lasts.toMillis() / 1000.0);
        return String.format("#%d at %.1f s: %s%s%s%s%s", number, at.toMillis() / 1000.0, kind.label(), target, slow,
                moment.words(), lasting);
    }
}
