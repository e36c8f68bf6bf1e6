package dev.graph2doc.problem;

import java.util.Optional;

/**
 * What an exception means to an API client, contributed by the capability that throws it (the core's table in
 * {@code api}, each store adapter for its driver's failures); {@link ProblemHandler} asks every mapper.
 */
public interface ProblemMapper {

    Optional<Problem> problemFor(Throwable error);
}
