package dev.graph2doc.write;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.graph2doc.mapping.Mapping;
import java.util.ArrayList;
import java.util.List;

/**
 * A request body as a checked batch: JSON, then every mutation against the mapping. Collects every problem
 * of the batch before refusing it, so a client fixes them all in one round.
 */
public final class MutationReader {

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).build()).build());

    private final MutationParser parser;
    private final int maxBatch;

    public MutationReader(Mapping mapping, int maxBatch) {
        this.parser = new MutationParser(new WritableNames(mapping));
        this.maxBatch = maxBatch;
    }

    /**
     * @throws IllegalArgumentException the body is not a JSON object with a {@code mutations} array
     * @throws BatchTooLargeException more than the configured number of mutations
     * @throws MutationRejectedException one or more mutations are invalid (each listed)
     */
    public List<Mutation> read(String tenant, String body) {
        JsonNode mutations = mutations(body);
        if (mutations.size() > maxBatch) {
            throw new BatchTooLargeException(mutations.size(), maxBatch);
        }
        List<Mutation> out = new ArrayList<>(mutations.size());
        List<MutationProblem> problems = new ArrayList<>();
        for (int i = 0; i < mutations.size(); i++) {
            try {
                out.add(parser.parse(tenant, mutations.get(i)));
            } catch (IllegalArgumentException e) {
                problems.add(new MutationProblem(i, e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new MutationRejectedException(problems);
        }
        return out;
    }

    private static JsonNode mutations(String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
            throw new IllegalArgumentException("malformed JSON: " + e.getOriginalMessage() + at);
        }
        if (root == null || !root.isObject() || !root.path("mutations").isArray()) {
            throw new IllegalArgumentException("the body must be a JSON object {\"mutations\": [...]}");
        }
        if (root.size() > 1) {
            throw new IllegalArgumentException("unexpected top-level field(s) besides 'mutations': "
                    + WritableNames.printable(String.join(", ", (Iterable<String>) root::fieldNames)));
        }
        if (root.get("mutations").isEmpty()) {
            throw new IllegalArgumentException("'mutations' is empty: send at least one mutation");
        }
        return root.get("mutations");
    }
}
