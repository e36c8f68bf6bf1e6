package dev.graph2doc.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CallBudgetTest {

    @Test
    void shouldHaveNoBudgetWhenOutsideOne() {
        assertThat(CallBudget.remaining()).isEmpty();
    }

    @Test
    void shouldGiveAtMostTheBudgetWhenInsideOne() {
        Duration left = CallBudget.within(Duration.ofSeconds(2), () -> CallBudget.remaining().orElseThrow());

        assertThat(left).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(2));
        assertThat(CallBudget.remaining()).as("gone after the work").isEmpty();
    }

    @Test
    void shouldKeepTheEarlierDeadlineWhenNested() {
        Duration inner = CallBudget.within(Duration.ofMillis(500), () ->
                CallBudget.within(Duration.ofMinutes(5), () -> CallBudget.remaining().orElseThrow()));
        Duration outerAfterInner = CallBudget.within(Duration.ofMinutes(5), () -> {
            CallBudget.within(Duration.ofMillis(1), () -> null);
            return CallBudget.remaining().orElseThrow();
        });

        assertThat(inner).isLessThanOrEqualTo(Duration.ofMillis(500));
        assertThat(outerAfterInner).as("the outer budget is back").isGreaterThan(Duration.ofMinutes(4));
    }

    @Test
    void shouldBeSpentWhenTheBudgetIsZero() {
        assertThat(CallBudget.within(Duration.ZERO, () -> CallBudget.remaining().orElseThrow())).isLessThanOrEqualTo(Duration.ZERO);
    }
}
