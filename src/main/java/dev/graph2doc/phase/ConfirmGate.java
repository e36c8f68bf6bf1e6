package dev.graph2doc.phase;

import java.util.List;

/** Structural, before {@code UNFORKED}: the request repeats the tenant's name in {@code confirm}. */
public final class ConfirmGate extends GuardedGate {

    public ConfirmGate() {
        super(true, PhaseTransition.COMPARE_TO_UNFORKED);
    }

    @Override
    public List<String> unmet(GateInput input) {
        String tenant = input.tenant();
        String confirm = input.request().confirm();
        if (tenant.equals(confirm)) {
            return List.of();
        }
        String given = confirm == null ? "missing" : "'" + confirm + "'";
        return List.of("confirm is " + given + ": UNFORKED cannot be undone, send \"confirm\":\"" + tenant
                + "\" to unfork tenant '" + tenant + "' (one tenant per request)");
    }
}
