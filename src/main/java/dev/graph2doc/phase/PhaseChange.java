package dev.graph2doc.phase;

import java.time.Instant;

/**
 * One line of the audit log: who moved which tenant from where to where, when and why; {@code forced} when
 * soft gates were skipped, {@code automatic} when graph2doc moved it by itself. {@code version} is the
 * tenant's phase version the change produced.
 */
public record PhaseChange(String tenant, long version, Phase from, Phase to, String who, Instant at, String reason,
                          boolean forced, boolean automatic) {
}
