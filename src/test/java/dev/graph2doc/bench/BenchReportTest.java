package dev.graph2doc.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchReportTest {

    private static PhaseResult phase(String name, long documents, long millis) {
        return new PhaseResult(name, documents, Duration.ofMillis(millis), 64L * 1024 * 1024);
    }

    private static BenchReport report(long readMillis, long writeMillis, long copyMillis, long naiveMillis) {
        return new BenchReport(List.of("setup"), phase("read", 1000, readMillis), phase("write", 1000, writeMillis),
                phase("upsert", 1000, writeMillis),
                phase("copy", 1000, copyMillis), phase("naive", 100, naiveMillis), 512L * 1024 * 1024);
    }

    @Test
    void shouldDivideTheCopyTimeByTheSlowerHalfWhenComputingThePipelineRatio() {
        BenchReport report = report(2000, 1000, 2400, 10_000);

        assertThat(report.pipelineRatio()).isCloseTo(1.2, within(1e-9));
        assertThat(report.pipelineMet()).isTrue();
    }

    @Test
    void shouldCompareTimePerDocumentWhenTheNaiveSampleIsSmallerThanTheCopy() {
        BenchReport report = report(1000, 1000, 1000, 1500); // naive: 15 ms/doc, copy: 1 ms/doc

        assertThat(report.naiveSpeedup()).isCloseTo(15.0, within(1e-9));
        assertThat(report.naiveMet()).isFalse();
    }

    @Test
    void shouldPrintEveryPhaseAndMarkAMissedTargetWhenTheCopyIsSlow() {
        List<String> lines = report(1000, 500, 2000, 100_000).lines();

        assertThat(lines).anyMatch(l -> l.startsWith("read ")).anyMatch(l -> l.startsWith("write "))
                .anyMatch(l -> l.startsWith("copy ")).anyMatch(l -> l.startsWith("naive "));
        assertThat(lines).anyMatch(l -> l.startsWith("copy_time / max(read_time, write_time) = 2.00") && l.endsWith("MISS"));
        assertThat(lines).anyMatch(l -> l.startsWith("naive / copy time per document") && l.contains("= 500.0x")
                && l.endsWith("PASS"));
        assertThat(lines).anyMatch(l -> l.startsWith("max heap (-Xmx) 512 MB"));
    }
}
