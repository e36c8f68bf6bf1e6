package dev.graph2doc.rehearse;

/** The kinds of fault the chaos nemesis injects, each named as the report names it. */
enum ChaosKind {
    KILL("instance killed (kill -9) and restarted", true),
    MONGODB_STOPPED("MongoDB stopped and restarted", false),
    NEO4J_STOPPED("Neo4j stopped and restarted", false),
    MONGODB_PARTITION("instance partitioned from MongoDB", true),
    NEO4J_PARTITION("instance partitioned from Neo4j", true),
    SLOW_STORE("slow store", false),
    CORRUPTION("corrupted documents", false),
    PAUSE("instance paused (SIGSTOP, then SIGCONT)", true);

    private final String label;
    private final boolean targetsInstance;

    ChaosKind(String label, boolean targetsInstance) {
        this.label = label;
        this.targetsInstance = targetsInstance;
    }

    String label() {
        return label;
    }

    /** Whether the fault hits one graph2doc instance (which one is drawn with the schedule). */
    boolean targetsInstance() {
        return targetsInstance;
    }
}
