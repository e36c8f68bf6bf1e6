package dev.graph2doc.security;

/** An operator token opens the control API only; a tenant key opens one tenant's data API only. */
public enum CallerKind {
    OPERATOR, TENANT
}
