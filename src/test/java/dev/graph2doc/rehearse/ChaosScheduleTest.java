package dev.graph2doc.rehearse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ChaosScheduleTest {

    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    @Test
    void shouldDrawTheSameFaultsAtTheSameTimesWhenGivenTheSameSeed() {
        assertThat(ChaosSchedule.of(1, TEN_MINUTES, 2)).isEqualTo(ChaosSchedule.of(1, TEN_MINUTES, 2));
    }

    @Test
    void shouldDrawOtherFaultsWhenGivenAnotherSeed() {
        assertThat(ChaosSchedule.of(2, TEN_MINUTES, 2).faults()).isNotEqualTo(ChaosSchedule.of(1, TEN_MINUTES, 2).faults());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, -7})
    void shouldDrawEveryKindAndBothSpecialKillsWhenTheScheduleLastsTenMinutes(long seed) {
        List<ChaosFault> faults = ChaosSchedule.of(seed, TEN_MINUTES, 2).faults();

        assertThat(faults.stream().map(ChaosFault::kind).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(ChaosKind.class));
        assertThat(faults).filteredOn(f -> f.kind() == ChaosKind.KILL).extracting(ChaosFault::moment)
                .contains(ChaosFault.Moment.NEXT_TRANSITION, ChaosFault.Moment.UNFORKED);
        assertThat(faults).as("one fault per 20 s of the 8.5 min window").hasSize(25);
    }

    @ParameterizedTest
    @CsvSource({"1, 60", "2, 90", "3, 120", "1, 600", "9, 3600"})
    void shouldEndEveryFaultBeforeTheSettleTimeWhenDrawn(long seed, long seconds) {
        ChaosSchedule schedule = ChaosSchedule.of(seed, Duration.ofSeconds(seconds), 3);

        assertThat(schedule.faults()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.at().isNegative()).isFalse();
            assertThat(f.end()).as(f.describe(List.of("a", "b", "c"))).isLessThanOrEqualTo(schedule.window());
        });
        assertThat(schedule.window().plus(schedule.settle())).isEqualTo(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void shouldCorruptFirstWhileTenantsAreMidWalkWhenDrawn(long seed) {
        ChaosSchedule schedule = ChaosSchedule.of(seed, Duration.ofSeconds(90), 2);

        assertThat(schedule.faults()).filteredOn(f -> f.kind() == ChaosKind.CORRUPTION).first()
                .satisfies(f -> assertThat(f.at()).isBetween(schedule.window().dividedBy(5),
                        schedule.window().multipliedBy(3).dividedBy(5)));
    }

    @Test
    void shouldNumberTheFaultsInTimeOrderAndHitOnlyExistingInstancesWhenDrawn() {
        List<ChaosFault> faults = ChaosSchedule.of(5, TEN_MINUTES, 3).faults();

        for (int i = 0; i < faults.size(); i++) {
            assertThat(faults.get(i).number()).isEqualTo(i + 1);
            if (i > 0) {
                assertThat(faults.get(i).at()).isGreaterThanOrEqualTo(faults.get(i - 1).at());
            }
        }
        assertThat(faults).allSatisfy(f -> assertThat(f.instance())
                .isBetween(f.kind().targetsInstance() ? 0 : -1, f.kind().targetsInstance() ? 2 : -1));
        assertThat(faults).extracting(ChaosFault::instance).contains(0, 1, 2);
    }

    @ParameterizedTest
    @CsvSource({"60, 20", "120, 24", "600, 90", "3600, 90"})
    void shouldSettleAFifthOfTheDurationBetweenTwentyAndNinetySecondsWhenDrawn(long seconds, long settle) {
        assertThat(ChaosSchedule.settleOf(Duration.ofSeconds(seconds))).isEqualTo(Duration.ofSeconds(settle));
    }

    @Test
    void shouldRefuseADurationShorterThanAMinuteWhenAsked() {
        assertThatThrownBy(() -> ChaosSchedule.of(1, Duration.ofSeconds(59), 2))
                .hasMessage("a chaos schedule needs at least 60 s and one instance, not 59 s and 2");
    }
}
