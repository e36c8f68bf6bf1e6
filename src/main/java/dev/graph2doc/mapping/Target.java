package dev.graph2doc.mapping;

/**
 * The MongoDB side: {@code databasePrefix} names each tenant's database for {@link Layout#DATABASE_PER_TENANT};
 * {@code database} names the one database for {@link Layout#SHARED}.
 */
public record Target(Layout layout, String databasePrefix, String database) {

    public static final String DEFAULT_PREFIX = "t_";

    public String databaseFor(String tenant) {
        return layout == Layout.SHARED ? database : databasePrefix + tenant;
    }
}
