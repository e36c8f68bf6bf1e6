package dev.graph2doc.api;

import dev.graph2doc.phase.InstanceBeat;
import dev.graph2doc.phase.InstanceRegistry;
import dev.graph2doc.phase.Phase;
import dev.graph2doc.phase.PhaseChange;
import dev.graph2doc.phase.PhaseMachine;
import dev.graph2doc.phase.PhaseStore;
import dev.graph2doc.phase.TenantPhaseStatus;
import dev.graph2doc.phase.TransitionRequest;
import dev.graph2doc.security.Principals;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** Operators move tenants between phases and read where each one is and how it got there. */
@ApiResponse(responseCode = "4XX", description = ProblemSchema.DESCRIPTION,
        content = @Content(mediaType = ProblemSchema.MEDIA_TYPE, schema = @Schema(implementation = ProblemSchema.class)))
@ApiResponse(responseCode = "5XX", description = ProblemSchema.DESCRIPTION,
        content = @Content(mediaType = ProblemSchema.MEDIA_TYPE, schema = @Schema(implementation = ProblemSchema.class)))
@Controller("/migration")
@ExecuteOn(TaskExecutors.BLOCKING)
class PhaseController {

    private final PhaseMachine machine;
    private final PhaseStore store;
    private final InstanceRegistry instances;

    PhaseController(PhaseMachine machine, PhaseStore store, InstanceRegistry instances) {
        this.machine = machine;
        this.store = store;
        this.instances = instances;
    }

    /** 200 with the moved tenants' new status; 409 with every unmet condition; 400 for an unknown phase or tenant. */
    @Post("/transitions")
    Phases transition(@Body Transition body, @Nullable Principal operator) {
        List<TenantPhaseStatus> moved = machine.transition(TransitionRequest.of(body.to(), body.tenants(), body.reason(),
                Boolean.TRUE.equals(body.force()), body.confirm(), Principals.who(operator)));
        return phases(moved);
    }

    /** Every tenant's phase, and every live instance with the phases it applies (tenants it does not list: default). */
    @Get("/phases")
    Phases phases() {
        return phases(machine.status());
    }

    private Phases phases(List<TenantPhaseStatus> tenants) {
        List<Instance> live = instances.live().stream().map(Instance::of).toList();
        return new Phases(machine.defaultPhase().name(), tenants, live);
    }

    /** The audit log, newest first; every tenant's when none is named. */
    @Get("/history")
    List<PhaseChange> history(@QueryValue @Nullable String tenant) {
        return store.history(tenant == null || tenant.isBlank() ? null : tenant);
    }

    record Transition(String to, List<String> tenants, String reason, Boolean force, String confirm) {
    }

    record Phases(String defaultPhase, List<TenantPhaseStatus> tenants, List<Instance> instances) {
    }

    record Instance(String instance, Instant lastSeen, Map<String, Phase> phases) {

        static Instance of(InstanceBeat beat) {
            Map<String, Phase> applied = new TreeMap<>();
            beat.applied().forEach(p -> applied.put(p.tenant(), p.phase()));
            return new Instance(beat.instance(), beat.at(), applied);
        }
    }
}
