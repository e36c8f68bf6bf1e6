package dev.graph2doc.api;

import dev.graph2doc.security.OperatorAction;
import dev.graph2doc.security.OperatorActions;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import java.util.List;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** {@code GET /migration/actions}: who paused, throttled, started or cancelled what, newest first. */
@ApiResponse(responseCode = "4XX", description = ProblemSchema.DESCRIPTION,
        content = @Content(mediaType = ProblemSchema.MEDIA_TYPE, schema = @Schema(implementation = ProblemSchema.class)))
@ApiResponse(responseCode = "5XX", description = ProblemSchema.DESCRIPTION,
        content = @Content(mediaType = ProblemSchema.MEDIA_TYPE, schema = @Schema(implementation = ProblemSchema.class)))
@Controller("/migration/actions")
class OperatorActionController {

    private final OperatorActions actions;

    OperatorActionController(OperatorActions actions) {
        this.actions = actions;
    }

    @Get
    List<ActionView> recent(@QueryValue(defaultValue = "50") int limit) {
        return actions.recent(limit).stream().map(ActionView::of).toList();
    }

    record ActionView(String at, String who, String action, String detail) {
        static ActionView of(OperatorAction a) {
            return new ActionView(a.at().toString(), a.who(), a.action(), a.detail());
        }
    }
}
