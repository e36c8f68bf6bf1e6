package dev.graph2doc.mapping;

/**
 * How a node's tenant is known: from a property every node carries ({@code property}), or one fixed
 * tenant for a single-tenant graph ({@code fixed}). Exactly one of the two is set.
 */
public record Tenancy(String property, String fixed) {

    public static Tenancy byProperty(String property) {
        return new Tenancy(property, null);
    }

    public static Tenancy fixed(String tenant) {
        return new Tenancy(null, tenant);
    }

    public boolean isFixed() {
        return fixed != null;
    }
}
