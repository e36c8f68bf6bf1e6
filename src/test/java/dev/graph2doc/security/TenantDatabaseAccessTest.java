package dev.graph2doc.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A guard, not a proof: every MongoDB database handle in the main code is either a tenant's, obtained through
 * {@code store/mongo/TenantCollections.of(tenant, collection)}, or one of the listed non-tenant databases (control,
 * admin, the benchmarks' own). A new {@code getDatabase(...)} anywhere else fails the build and names itself.
 */
class TenantDatabaseAccessTest {

    private static final Pattern GET_DATABASE = Pattern.compile("getDatabase\\(([^)]*)\\)");
    private static final Set<String> NON_TENANT_ARGUMENTS = Set.of("controlDatabase", "CONTROL_DATABASE", "\"admin\"");
    /**
     * file: argument up to its first ")" — the benchmarks drop the databases they created themselves; the
     * rehearsal, an outside observer, corrupts documents on purpose (Faults) and checks its ledger against
     * MongoDB without graph2doc in between (LedgerCheck).
     */
    private static final Set<String> ALLOWED = Set.of(
            "TenantCollections.java: target.databaseFor(tenant",
            "MongoBulkWriter.java: name",
            "BenchTenant.java: mapping.target(",
            "WriteBenchmark.java: ownDatabase",
            "Faults.java: mapping.target(",
            "LedgerCheck.java: mapping.target(");

    @Test
    void shouldReachTenantDatabasesOnlyThroughTenantCollectionsWhenAnyCodeOpensADatabase() throws IOException {
        List<String> unexpected = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = GET_DATABASE.matcher(Files.readString(file));
                while (m.find()) {
                    String use = file.getFileName() + ": " + m.group(1).strip();
                    if (!NON_TENANT_ARGUMENTS.contains(m.group(1).strip()) && !ALLOWED.contains(use)) {
                        unexpected.add(use);
                    }
                }
            }
        }
        assertThat(unexpected).as("tenant data must go through TenantCollections.of(tenant, collection), which binds the "
                + "handle to the tenant's database; list a non-tenant database here only with a reason").isEmpty();
    }
}
