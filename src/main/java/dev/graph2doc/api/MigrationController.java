package dev.graph2doc.api;

import dev.graph2doc.copy.CopyService;
import dev.graph2doc.copy.CopyStatus;
import dev.graph2doc.phase.InstanceRegistry;
import dev.graph2doc.phase.PhaseMachine;
import dev.graph2doc.phase.ReadEvidence;
import dev.graph2doc.phase.TenantPhaseStatus;
import dev.graph2doc.security.OperatorActions;
import dev.graph2doc.write.Backlog;
import dev.graph2doc.write.WriteOutbox;
import io.micronaut.core.annotation.Nullable;
import dev.graph2doc.problem.Problem;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** The operator's view of the migration and the copy controls; each call reads the stores, so off the event loop. */
@ApiResponse(responseCode = "4XX", description = ProblemSchema.DESCRIPTION,
        content = @Content(mediaType = ProblemSchema.MEDIA_TYPE, schema = @Schema(implementation = ProblemSchema.class)))
@ApiResponse(responseCode = "5XX", description = ProblemSchema.DESCRIPTION,
        content = @Content(mediaType = ProblemSchema.MEDIA_TYPE, schema = @Schema(implementation = ProblemSchema.class)))
@Controller("/migration")
@ExecuteOn(TaskExecutors.BLOCKING)
class MigrationController {

    private final CopyService copy;
    private final PhaseMachine machine;
    private final InstanceRegistry instances;
    private final WriteOutbox outbox;
    private final ReadEvidence evidence;
    private final OperatorActions actions;

    MigrationController(CopyService copy, PhaseMachine machine, InstanceRegistry instances, WriteOutbox outbox,
                        ReadEvidence evidence, OperatorActions actions) {
        this.copy = copy;
        this.actions = actions;
        this.machine = machine;
        this.instances = instances;
        this.outbox = outbox;
        this.evidence = evidence;
    }

    /**
     * Every tenant the graph holds, listed from the start: its phase and whether every instance applies it, copy
     * progress per collection, repair backlog, shadow-read evidence, last clean verification; and the live instances.
     */
    @Get
    Map<String, Object> status() {
        List<CopyStatus> statuses = copy.status();
        List<Map<String, Object>> tenants = machine.status().stream().map(p -> tenant(p, statuses)).toList();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("defaultPhase", machine.defaultPhase().name());
        answer.put("tenants", tenants);
        answer.put("instances", instances.live().stream().map(PhaseController.Instance::of).toList());
        return answer;
    }

    private Map<String, Object> tenant(TenantPhaseStatus phase, List<CopyStatus> statuses) {
        String tenant = phase.tenant();
        Map<String, Object> perCollection = new LinkedHashMap<>();
        statuses.stream().filter(s -> s.tenant().equals(tenant))
                .forEach(s -> perCollection.put(s.collection(), CopyView.Progress.of(s)));
        Backlog backlog = outbox.backlog(tenant);
        ReadEvidence.Evidence shadow = evidence.of(tenant);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("tenant", tenant);
        row.put("phase", phase.phase());
        row.put("since", phase.since());
        row.put("pending", phase.pending());
        row.put("pendingOn", phase.pendingOn());
        row.put("waitingFor", phase.waitingFor());
        row.put("copy", perCollection);
        row.put("backlog", Map.of("documents", backlog.documents(),
                "oldest", backlog.oldest() == null ? "none" : backlog.oldest().toString()));
        row.put("shadow", Map.of("comparisons", shadow.comparisons(), "mismatches", shadow.mismatches(),
                "mismatchRatio", shadow.mismatchRatio()));
        row.put("lastCleanVerification", shadow.lastCleanVerification());
        return row;
    }

    @Get("/copy")
    CopyView copyStatus() {
        return CopyView.of(copy.control(), copy.status());
    }

    @Post("/copy")
    @Status(HttpStatus.ACCEPTED)
    CopyView startCopy(@Body @Nullable CopyRequests.Start request, @Nullable Principal operator) {
        CopyRequests.Start r = request == null ? new CopyRequests.Start(List.of(), List.of(), false) : request;
        CopyView started = CopyView.of(copy.control(), copy.start(r.tenants(), r.collections(), r.restarting()));
        actions.record(operator, r.restarting() ? "copy.restart" : "copy.start",
                "tenants=" + all(r.tenants()) + " collections=" + all(r.collections()));
        return started;
    }

    @Post("/copy/pause")
    CopyView pause(@Nullable Principal operator) {
        copy.pause(true);
        actions.record(operator, "copy.pause", "");
        return copyStatus();
    }

    @Post("/copy/resume")
    CopyView resume(@Nullable Principal operator) {
        copy.pause(false);
        actions.record(operator, "copy.resume", "");
        return copyStatus();
    }

    @Post("/copy/throttle")
    HttpResponse<?> throttle(@Body CopyRequests.Throttle request, @Nullable Principal operator) {
        if (request.maxDocumentsPerSecond() == null) {
            return Problem.of(HttpStatus.BAD_REQUEST, "bad-input",
                    "maxDocumentsPerSecond is missing: send {\"maxDocumentsPerSecond\": 5000}, or 0 for no cap").response();
        }
        copy.throttle(request.maxDocumentsPerSecond());
        actions.record(operator, "copy.throttle", "maxDocumentsPerSecond=" + request.maxDocumentsPerSecond());
        return HttpResponse.ok(copyStatus());
    }

    private static String all(List<String> names) {
        return names == null || names.isEmpty() ? "all" : String.join(",", names);
    }
}
