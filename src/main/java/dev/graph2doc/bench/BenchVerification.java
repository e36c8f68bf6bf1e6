package dev.graph2doc.bench;

import dev.graph2doc.read.verify.VerificationCounts;
import dev.graph2doc.read.verify.VerificationRun;
import dev.graph2doc.read.verify.VerificationService;
import io.micronaut.context.BeanContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/** The verification service's own worker over one whole tenant, timed from the request to DONE. */
final class BenchVerification {

    private BenchVerification() {
    }

    static double seconds(BeanContext beans, String tenant, Consumer<String> progress) throws InterruptedException {
        VerificationService verifications = beans.getBean(VerificationService.class);
        verifications.startWorker();
        long began = System.nanoTime();
        String id = verifications.start(Map.of("tenants", List.of(tenant))).id();
        VerificationRun run = verifications.find(id).orElseThrow();
        while (!run.state().finished()) {
            Thread.sleep(20);
            run = verifications.find(id).orElseThrow();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        if (run.state() != VerificationRun.State.DONE) {
            throw new IllegalStateException("bench reads: the verification of tenant '" + tenant + "' ended "
                    + run.state() + " (" + run.error() + "); its timing would mean nothing");
        }
        VerificationCounts totals = run.totals();
        progress.accept(String.format(Locale.ROOT, "  verification: %.2f s, %d documents, %s", seconds,
                totals.verified(), totals.clean() ? "clean" : "NOT clean: " + totals));
        return seconds;
    }
}
