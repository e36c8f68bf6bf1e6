package dev.graph2doc.write;

import dev.graph2doc.config.CheckedProperties;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** {@code graph2doc.write.*}: the size of a batch and how long an unfork waits for writes in flight to settle. */
@ConfigurationProperties("graph2doc.write")
public record WriteProperties(@Bindable(defaultValue = "1000") int maxBatch,
                              @Bindable(defaultValue = "10s") Duration unforkSettleTimeout) implements CheckedProperties {

    @Override
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (maxBatch < 1) {
            problems.add("graph2doc.write.max-batch must be 1 or more, got " + maxBatch);
        }
        if (unforkSettleTimeout.isNegative()) {
            problems.add("graph2doc.write.unfork-settle-timeout = " + unforkSettleTimeout + " must not be negative");
        }
        return problems;
    }

    /** {@code graph2doc.write.mongodb.*}: MongoDB's side of a forked write: its timeout and attempts. */
    @ConfigurationProperties("mongodb")
    public record MongoWriteProperties(@Bindable(defaultValue = "1s") Duration timeout,
                                       @Bindable(defaultValue = "2") int attempts) implements CheckedProperties {

        @Override
        public List<String> problems() {
            List<String> problems = new ArrayList<>();
            if (timeout.isNegative() || timeout.isZero()) {
                problems.add("graph2doc.write.mongodb.timeout = " + timeout + " must be positive");
            }
            if (attempts < 1) {
                problems.add("graph2doc.write.mongodb.attempts = " + attempts + " must be 1 or more");
            }
            return problems;
        }

        /** {@code graph2doc.write.mongodb.breaker.*}: when MongoDB's side stops being tried for a while. */
        @ConfigurationProperties("breaker")
        public record BreakerProperties(@Bindable(defaultValue = "50") float failureRate,
                                        @Bindable(defaultValue = "20") int window,
                                        @Bindable(defaultValue = "5s") Duration openFor) implements CheckedProperties {

            @Override
            public List<String> problems() {
                List<String> problems = new ArrayList<>();
                if (!(failureRate > 0 && failureRate <= 100)) {
                    problems.add("graph2doc.write.mongodb.breaker.failure-rate = " + failureRate + " must be in (0, 100]");
                }
                if (window < 1) {
                    problems.add("graph2doc.write.mongodb.breaker.window = " + window + " must be 1 or more");
                }
                return problems;
            }
        }
    }
}
