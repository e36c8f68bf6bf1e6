package dev.graph2doc.rehearse;

/**
 * One injected fault: what was done, to which tenant in which phase, when (seconds since the start), what the
 * rehearsal then observed, and whether the migration survived it without help (the {@code survived} verdict is
 * the rehearsal's own reading of what it observed; {@code note} says what needed help, if anything did).
 */
record FaultRecord(String name, String tenant, String phase, double atSecond, double lastedSeconds, String injected,
                   String observed, boolean survived, String note) {
}
