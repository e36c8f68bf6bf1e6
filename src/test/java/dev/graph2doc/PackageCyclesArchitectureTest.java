package dev.graph2doc;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * No package of graph2doc depends, through any chain, on a package that depends back on it: each subpackage is its
 * own slice ({@code store}, {@code store.mongo} and {@code store.neo4j} are three), every kind of dependency counts
 * (imports, fully qualified names, annotations, signatures), read from the compiled main classes.
 */
class PackageCyclesArchitectureTest {

    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("dev.graph2doc.(**)").namingSlices("$1")
            .should().beFreeOfCycles();

    @Test
    void shouldFindNoPackageCycleInTheMainClasses() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.graph2doc");
        assertThat(main.size()).as("main classes imported").isGreaterThan(300);
        NO_PACKAGE_CYCLES.check(main);
    }

    @Test
    void shouldReportTheCycleWhenTwoPackagesDependOnEachOther() {
        JavaClasses fixture = new ClassFileImporter().importPackages("dev.graph2doc.archfixture");
        assertThat(fixture.size()).isEqualTo(2);
        assertThatThrownBy(() -> NO_PACKAGE_CYCLES.check(fixture))
                .hasMessageContaining("Cycle detected: archfixture.down -> ")
                .hasMessageContaining("archfixture.up -> ");
    }
}
