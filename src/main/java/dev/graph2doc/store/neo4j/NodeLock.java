package dev.graph2doc.store.neo4j;

/**
 * Cypher that takes a node's write lock without changing it: a property set and removed again in one transaction
 * leaves nothing to commit (removing an absent property alone takes no lock). Neo4j reads are read committed and
 * can even see a commit half-applied; a read made after taking the lock sees every write to the node whole, since a
 * writer holds the lock until its commit is applied.
 */
final class NodeLock {

    private static final String PROPERTY = "`_g2dLock`";

    private NodeLock() {
    }

    /** {@code SET v._g2dLock = true REMOVE v._g2dLock}: locks the node bound to {@code variable}. */
    static String on(String variable) {
        return "SET " + variable + "." + PROPERTY + " = true REMOVE " + variable + "." + PROPERTY;
    }
}
