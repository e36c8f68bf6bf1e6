package dev.graph2doc.phase;

import java.time.Instant;
import java.util.List;

/** The live instances of the service, each heart-beating into the control database with the phases it applies. */
public interface InstanceStore {

    /** Replaces the instance's previous heartbeat. */
    void beat(InstanceBeat beat);

    /** The instances seen at or after {@code since}, by id. */
    List<InstanceBeat> seenSince(Instant since);

    /** Forgets instances last seen before {@code before}: they stopped heart-beating. */
    void dropSeenBefore(Instant before);

    void remove(String instance);
}
