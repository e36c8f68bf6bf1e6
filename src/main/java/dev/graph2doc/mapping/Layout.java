package dev.graph2doc.mapping;

/** Where tenants' documents live in MongoDB. */
public enum Layout {
    /** One database per tenant, named prefix + tenant: any query sees one tenant by construction. */
    DATABASE_PER_TENANT,
    /** One database; every document carries its tenant and every index starts with it. */
    SHARED
}
