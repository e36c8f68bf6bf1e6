package dev.graph2doc.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Binds the real properties types in a context that starts nothing else (every other bean is created lazily). */
class ConfigurationCheckTest {

    @Test
    void shouldReportThreeUnrelatedMistakesInOneMessageWhenTheConfigurationHasThem() {
        // the context's first (eager) bean, the store connections, runs the check before it touches a store
        assertThatThrownBy(() -> context(Map.of(
                "graph2doc.copy.chunk-size", 5000,
                "graph2doc.read.compare.experiment", "bogus",
                "graph2doc.phase.gates.store-timeout", "five seconds")))
                .rootCause().isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.problems()).hasSize(3))
                    .hasMessageContaining("3 configuration problem(s)")
                    .hasMessageContaining("graph2doc.copy.chunk-size = 5000 must be 1..1000")
                    .hasMessageContaining("graph2doc.read.compare.experiment = 'bogus' is not an experiment")
                    .hasMessageContaining("graph2doc.phase.gates.store-timeout = 'five seconds' is not a duration");
    }

    @Test
    void shouldNameTheFullKeyWhenAValueOfANestedTypeDoesNotConvert() {
        assertThatThrownBy(() -> context(Map.of("graph2doc.write.mongodb.breaker.open-for", "soon")))
                .rootCause().isInstanceOf(ConfigurationException.class)
                .hasMessage("graph2doc.write.mongodb.breaker.open-for = 'soon' is not a duration: write it like 500ms, "
                        + "5s, 10m or 24h");
    }

    /** One context with stores (embedded, started by the eager store connections): 7 s, so one test. */
    @Test
    void shouldBindKebabCaseKeysAndTheirDefaultsAndFindNoProblemWhenEveryValueIsUsable() {
        try (ApplicationContext context = context(Map.of("graph2doc.phase.default", "FORK_WRITES",
                "graph2doc.phase.fence-after", "5s", "graph2doc.write.mongodb.breaker.open-for", "7s",
                "graph2doc.read.compare.sample-ratio.swap-reads", 0.5, "graph2doc.risk.max-wiredtiger-files", 7))) {
            assertThat(context.getBean(dev.graph2doc.phase.PhaseProperties.class).getDefault().name()).isEqualTo("FORK_WRITES");
            assertThat(context.getBean(dev.graph2doc.phase.PhaseProperties.class).getFenceAfter()).hasSeconds(5);
            assertThat(context.getBean(dev.graph2doc.write.WriteProperties.MongoWriteProperties.BreakerProperties.class).openFor()).hasSeconds(7);
            assertThat(context.getBean(dev.graph2doc.write.WriteProperties.MongoWriteProperties.BreakerProperties.class).window()).isEqualTo(20);
            assertThat(context.getBean(dev.graph2doc.read.shadow.CompareProperties.SampleRatioProperties.class)
                    .swapReads()).isEqualTo(0.5);
            assertThat(context.getBean(dev.graph2doc.risk.RiskProperties.class).maxWiredtigerFiles()).isEqualTo(7);
            assertThat(context.getBean(dev.graph2doc.wiring.ControlProperties.class).database())
                    .isEqualTo("graph2doc_control");
            assertThat(context.getBean(dev.graph2doc.security.SecuritySettings.class).auditCapacity()).isEqualTo(10_000);
            assertThat(ConfigurationCheck.problems(context)).isEmpty();
        }
    }

    private static ApplicationContext context(Map<String, Object> properties) {
        return ApplicationContext.builder().deduceEnvironment(false).banner(false).properties(properties).start();
    }
}
