package dev.graph2doc.security;

import java.time.Instant;

/**
 * One thing an operator did over the control API besides a phase transition (those have their own audit log):
 * {@code who} the token's name, {@code action} e.g. {@code copy.throttle}, {@code detail} its arguments.
 */
public record OperatorAction(Instant at, String who, String action, String detail) {
}
