package dev.graph2doc.api;

import dev.graph2doc.copy.CopyService;
import dev.graph2doc.copy.CopyStatus;
import dev.graph2doc.phase.TenantPhases;
import dev.graph2doc.store.GraphStore;
import dev.graph2doc.store.WriteOutbox;
import dev.graph2doc.write.Backlog;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The operator's view of the migration and the copy controls; each call reads the stores, so off the event loop. */
@Controller("/migration")
@ExecuteOn(TaskExecutors.BLOCKING)
class MigrationController {

    private final CopyService copy;
    private final GraphStore graph;
    private final TenantPhases phases;
    private final WriteOutbox outbox;

    MigrationController(CopyService copy, GraphStore graph, TenantPhases phases, WriteOutbox outbox) {
        this.copy = copy;
        this.graph = graph;
        this.phases = phases;
        this.outbox = outbox;
    }

    /** Every tenant the graph holds, listed from the start, with its copy progress per collection. */
    @Get
    Map<String, Object> status() {
        List<CopyStatus> statuses = copy.status();
        List<Map<String, Object>> tenants = graph.tenants().stream().map(tenant -> {
            Map<String, Object> perCollection = new LinkedHashMap<>();
            statuses.stream().filter(s -> s.tenant().equals(tenant))
                    .forEach(s -> perCollection.put(s.collection(), CopyView.Progress.of(s)));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("tenant", tenant);
            row.put("phase", phases.phaseOf(tenant));
            row.put("copy", perCollection);
            Backlog backlog = outbox.backlog(tenant);
            row.put("backlog", Map.of("documents", backlog.documents(),
                    "oldest", backlog.oldest() == null ? "none" : backlog.oldest().toString()));
            return row;
        }).toList();
        return Map.of("tenants", tenants);
    }

    @Get("/copy")
    CopyView copyStatus() {
        return CopyView.of(copy.control(), copy.status());
    }

    @Post("/copy")
    @Status(HttpStatus.ACCEPTED)
    CopyView startCopy(@Body @Nullable CopyRequests.Start request) {
        CopyRequests.Start r = request == null ? new CopyRequests.Start(List.of(), List.of()) : request;
        return CopyView.of(copy.control(), copy.start(r.tenants(), r.collections()));
    }

    @Post("/copy/pause")
    CopyView pause() {
        copy.pause(true);
        return copyStatus();
    }

    @Post("/copy/resume")
    CopyView resume() {
        copy.pause(false);
        return copyStatus();
    }

    @Post("/copy/throttle")
    HttpResponse<?> throttle(@Body CopyRequests.Throttle request) {
        if (request.maxDocumentsPerSecond() == null) {
            return HttpResponse.badRequest(Map.of("error",
                    "maxDocumentsPerSecond is missing: send {\"maxDocumentsPerSecond\": 5000}, or 0 for no cap"));
        }
        copy.throttle(request.maxDocumentsPerSecond());
        return HttpResponse.ok(copyStatus());
    }
}
