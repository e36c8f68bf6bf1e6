package dev.graph2doc.phase;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How long an instance may go without reaching the control store before it fences itself ({@code fenceAfter}),
 * and the safety margin between that and the moment the others drop it ({@code instanceTimeout}). The margin must
 * cover the clock drift between hosts (the others compare this instance's last beat, stamped with its own wall
 * clock, against theirs) and the time a write that passed the fence check may still take to commit.
 */
public record FenceSettings(Duration fenceAfter, Duration margin, Duration instanceTimeout) {

    /** Every problem at once; throws naming the settings and their values when any. */
    public static FenceSettings of(Duration fenceAfter, Duration margin, Duration heartbeat, Duration instanceTimeout) {
        List<String> problems = new ArrayList<>();
        if (margin.isNegative() || margin.isZero()) {
            problems.add("graph2doc.phase.fence-margin = " + margin + " must be more than 0s");
        }
        if (fenceAfter.compareTo(heartbeat.multipliedBy(2)) < 0) {
            problems.add("graph2doc.phase.fence-after = " + fenceAfter + " must be at least twice "
                    + "graph2doc.phase.heartbeat-interval = " + heartbeat + ", or one slow heartbeat fences the instance");
        }
        if (fenceAfter.plus(margin).compareTo(instanceTimeout) > 0) {
            problems.add("graph2doc.phase.fence-after = " + fenceAfter + " plus graph2doc.phase.fence-margin = "
                    + margin + " must not exceed graph2doc.phase.instance-timeout = " + instanceTimeout
                    + ": an instance must have fenced itself before the others may drop it");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return new FenceSettings(fenceAfter, margin, instanceTimeout);
    }
}
