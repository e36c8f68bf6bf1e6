package dev.graph2doc.rehearse;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The end of a chaos walk: in COMPARE, marked closing (no corruption lands from here on), the tenant is repaired if
 * documents were corrupted, verified until a verification is clean, then moved to UNFORKED. A verification that is
 * not clean is repaired only on a tenant the nemesis corrupted (a forked write may have carried a corrupted value into
 * another document); otherwise it is run again — unsettled documents settle — and a tenant that never verifies clean
 * fails the walk, as a lost write must.
 */
final class ChaosClosing {

    static final int MAX_VERIFICATIONS = 10;

    private final ChaosContext chaos;
    private final ChaosWalk walk;

    ChaosClosing(ChaosContext chaos, ChaosWalk walk) {
        this.chaos = chaos;
        this.walk = walk;
    }

    VerificationOutcome close(String tenant) throws InterruptedException {
        walk.goTo(tenant, "COMPARE");
        boolean everCorrupted;
        synchronized (chaos.closing()) { // against ChaosCorruption choosing this tenant at the same moment
            chaos.closing().add(tenant);
            everCorrupted = chaos.corrupted().contains(tenant) || chaos.repaired().contains(tenant);
        }
        try {
            VerificationOutcome last = null;
            for (int attempt = 1; attempt <= MAX_VERIFICATIONS; attempt++) {
                repairIfCorrupted(tenant);
                last = verify(tenant);
                if (last != null && last.clean() && moved(tenant)) {
                    return last;
                }
                if (last != null && !last.clean() && (everCorrupted || chaos.repaired().contains(tenant))) {
                    chaos.corrupted().add(tenant); // repaired again before the next verification
                }
                walk.goTo(tenant, "COMPARE");
            }
            throw new Operator.WalkFailed(tenant + " did not verify clean and move to UNFORKED in " + MAX_VERIFICATIONS
                    + " verifications; last: " + (last == null ? "none finished" : last.summary()));
        } finally {
            chaos.closing().remove(tenant);
        }
    }

    /** One verification (null when it could not be started or followed, e.g. while a store was down). */
    private VerificationOutcome verify(String tenant) throws InterruptedException {
        try {
            VerificationOutcome outcome = VerificationOutcome.of(tenant, chaos.operator().verify(tenant, false,
                    Rehearsal.GATE_PATIENCE));
            chaos.events().add(Events.Kind.INFO, tenant, "verification " + outcome.id() + ": " + outcome.summary());
            return outcome;
        } catch (Operator.WalkFailed e) {
            chaos.events().add(Events.Kind.INFO, tenant, "verification not finished: " + e.getMessage());
            Thread.sleep(1000);
            return null;
        }
    }

    private boolean moved(String tenant) throws InterruptedException {
        try {
            chaos.transitions().starting(tenant, "COMPARE", "UNFORKED");
            chaos.operator().move(tenant, "UNFORKED", "rehearsal (chaos): compared and verified", Rehearsal.GATE_PATIENCE);
            return true;
        } catch (Operator.SteppedBack | Operator.WalkFailed e) {
            chaos.events().add(Events.Kind.INFO, tenant, "UNFORKED not reached (" + e.getMessage() + "): verifying again");
            return false;
        }
    }

    /** A repairing verification when the nemesis corrupted the tenant since its last one; its totals as an event. */
    void repairIfCorrupted(String tenant) throws InterruptedException {
        if (!chaos.corrupted().remove(tenant)) {
            return;
        }
        try {
            JsonNode totals = chaos.operator().verify(tenant, true, Rehearsal.GATE_PATIENCE).path("totals");
            chaos.repaired().add(tenant);
            chaos.repairs().add(tenant, totals);
            chaos.events().add(Events.Kind.INFO, tenant, "repairing verification (documents were corrupted): mismatched "
                    + totals.path("mismatched").asLong() + ", missing " + totals.path("missing").asLong() + ", repaired "
                    + totals.path("repaired").asLong());
        } catch (Operator.WalkFailed e) {
            chaos.corrupted().add(tenant); // tried again at the next chance
            chaos.events().add(Events.Kind.INFO, tenant, "repairing verification not finished: " + e.getMessage());
        }
    }
}
