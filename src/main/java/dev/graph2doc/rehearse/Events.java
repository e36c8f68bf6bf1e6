package dev.graph2doc.rehearse;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** What happened during the rehearsal, in order, with the seconds since its start: phase changes, faults, gates. */
final class Events {

    enum Kind { PHASE, FAULT, GATE, INFO }

    record Event(double second, Instant at, Kind kind, String tenant, String text) {
    }

    private final Instant start;
    private final Consumer<String> out;
    private final List<Event> events = new ArrayList<>();

    Events(Instant start, Consumer<String> out) {
        this.start = start;
        this.out = out;
    }

    synchronized void add(Kind kind, String tenant, String text) {
        Instant now = Instant.now();
        Event event = new Event(Duration.between(start, now).toMillis() / 1000.0, now, kind, tenant, text);
        events.add(event);
        out.accept(String.format("[%6.1fs] %-5s %s%s", event.second(), kind, tenant == null ? "" : tenant + ": ", text));
    }

    synchronized List<Event> all() {
        return List.copyOf(events);
    }

    Instant start() {
        return start;
    }
}
