package dev.graph2doc.rehearse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The chaos nemesis' plan, drawn up front from the seed, the duration and the instance count: the same three give the
 * same faults at the same times. Every kind is drawn at least once (the first corruption between a fifth and three
 * fifths of the window, while tenants are mid-walk), plus a kill during a transition and a kill once a tenant is UNFORKED, then more faults of random kinds, one per {@link #MEAN_GAP} of the window on average. Every
 * fault ends before the settle time at the end of the duration, so the walk can finish on quiet stores.
 */
record ChaosSchedule(long seed, Duration duration, Duration settle, List<ChaosFault> faults) {

    static final Duration MIN_DURATION = Duration.ofSeconds(60);
    static final Duration MEAN_GAP = Duration.ofSeconds(20);
    static final Duration MIN_SETTLE = Duration.ofSeconds(20);
    static final Duration MAX_SETTLE = Duration.ofSeconds(90);

    static ChaosSchedule of(long seed, Duration duration, int instances) {
        if (duration.compareTo(MIN_DURATION) < 0 || instances < 1) {
            throw new IllegalArgumentException("a chaos schedule needs at least " + MIN_DURATION.toSeconds()
                    + " s and one instance, not " + duration.toSeconds() + " s and " + instances);
        }
        Duration settle = settleOf(duration);
        long window = duration.minus(settle).toMillis();
        SplittableRandom random = new SplittableRandom(seed);
        List<ChaosFault> drawn = new ArrayList<>();
        for (ChaosKind kind : ChaosKind.values()) {
            // the first corruption while tenants are mid-walk: late in the window they are closing or UNFORKED
            long to = kind == ChaosKind.CORRUPTION ? window * 3 / 5 : window;
            long from = kind == ChaosKind.CORRUPTION ? window / 5 : 0;
            drawn.add(draw(random, kind, ChaosFault.Moment.AT_TIME, from, to, instances));
        }
        drawn.add(draw(random, ChaosKind.KILL, ChaosFault.Moment.NEXT_TRANSITION, 0, window / 2, instances));
        drawn.add(draw(random, ChaosKind.KILL, ChaosFault.Moment.UNFORKED, window * 3 / 4, window * 17 / 20, instances));
        long more = window / MEAN_GAP.toMillis() - drawn.size();
        for (long i = 0; i < more; i++) {
            ChaosKind kind = ChaosKind.values()[random.nextInt(ChaosKind.values().length)];
            drawn.add(draw(random, kind, ChaosFault.Moment.AT_TIME, 0, window, instances));
        }
        drawn.sort(Comparator.comparing(ChaosFault::at));
        List<ChaosFault> numbered = new ArrayList<>();
        for (ChaosFault f : drawn) {
            numbered.add(new ChaosFault(numbered.size() + 1, f.kind(), f.moment(), f.at(), f.lasts(), f.instance(),
                    f.store(), f.delayMillis(), f.pick()));
        }
        return new ChaosSchedule(seed, duration, settle, List.copyOf(numbered));
    }

    /** A fifth of the duration, between {@link #MIN_SETTLE} and {@link #MAX_SETTLE}. */
    static Duration settleOf(Duration duration) {
        Duration fifth = duration.dividedBy(5);
        return fifth.compareTo(MIN_SETTLE) < 0 ? MIN_SETTLE : fifth.compareTo(MAX_SETTLE) > 0 ? MAX_SETTLE : fifth;
    }

    /** The time faults may be due in: the duration less the settle time. */
    Duration window() {
        return duration.minus(settle);
    }

    /** One fault due between {@code from} and {@code to} ms, ending before {@code to}. */
    private static ChaosFault draw(SplittableRandom random, ChaosKind kind, ChaosFault.Moment moment, long from, long to,
                                   int instances) {
        long lasts = lastsMillis(random, kind);
        long at = from + random.nextLong(Math.max(1, to - from - lasts));
        int instance = kind.targetsInstance() ? random.nextInt(instances) : -1;
        ChaosFault.Store store = random.nextBoolean() ? ChaosFault.Store.NEO4J : ChaosFault.Store.MONGODB;
        long delay = kind == ChaosKind.SLOW_STORE ? 100 + random.nextLong(201) : 0;
        int pick = random.nextInt(1000);
        return new ChaosFault(0, kind, moment, Duration.ofMillis(at), Duration.ofMillis(lasts), instance, store, delay, pick);
    }

    /**
     * How long each kind lasts: a pause 2-5 s (past the 1.5 s fence, sometimes past the 3 s instance timeout), a
     * partition 2-8 s, a stopped server 3-8 s (Neo4j 3-6 s: its restart takes seconds more), a slow store 4-8 s.
     */
    private static long lastsMillis(SplittableRandom random, ChaosKind kind) {
        return switch (kind) {
            case KILL, CORRUPTION -> 0;
            case PAUSE -> 2000 + random.nextLong(3001);
            case MONGODB_PARTITION, NEO4J_PARTITION -> 2000 + random.nextLong(6001);
            case MONGODB_STOPPED -> 3000 + random.nextLong(5001);
            case NEO4J_STOPPED -> 3000 + random.nextLong(3001);
            case SLOW_STORE -> 4000 + random.nextLong(4001);
        };
    }
}
