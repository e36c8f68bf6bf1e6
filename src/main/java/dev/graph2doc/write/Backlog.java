package dev.graph2doc.write;

import java.time.Instant;

/** A tenant's pending repairs: how many documents, and when the oldest was recorded (null when none). */
public record Backlog(long documents, Instant oldest) {

    public static final Backlog EMPTY = new Backlog(0, null);
}
