package dev.graph2doc.phase;

import java.util.List;

/**
 * An operator's (or graph2doc's own) request to move tenants to phase {@code to}: no tenant named means every
 * tenant the graph holds. {@code force} with a non-empty {@code reason} skips soft gates; {@code confirm}
 * must repeat the tenant's name to unfork it.
 */
public record TransitionRequest(String to, List<String> tenants, String reason, boolean force, String confirm,
                                String who, boolean automatic) {

    public TransitionRequest {
        tenants = tenants == null ? List.of() : List.copyOf(tenants);
    }

    public static TransitionRequest of(String to, List<String> tenants, String reason, boolean force, String confirm,
                                       String who) {
        return new TransitionRequest(to, tenants, reason, force, confirm, who, false);
    }

    public boolean hasReason() {
        return reason != null && !reason.isBlank();
    }
}
