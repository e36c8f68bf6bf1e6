package dev.graph2doc.mapping;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a mapping file and checks it, reporting every problem at once in a {@link MappingException}:
 * {@link #parse} checks the file on its own, {@link #load} also checks it against the live graph.
 */
public final class MappingLoader {

    private MappingLoader() {
    }

    /** The mapping in {@code yaml}, checked on its own; {@code sourceName} names the file in problems. */
    public static Mapping parse(String yaml, String sourceName) {
        return check(yaml, sourceName, Optional.empty());
    }

    /** The mapping in {@code file}, checked on its own and against the graph that {@code schema} describes. */
    public static Mapping load(Path file, GraphSchema schema) {
        String source = file.toString();
        String yaml;
        try {
            yaml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw single(source, "mapping file not found (looked at " + file.toAbsolutePath() + ")",
                    "check the path; mappings live under migrations/");
        } catch (IOException | RuntimeException e) {
            throw single(source, "mapping file cannot be read: " + e, "check that it is a readable UTF-8 file");
        }
        return check(yaml, source, Optional.of(schema));
    }

    private static Mapping check(String yaml, String source, Optional<GraphSchema> schema) {
        Problems problems = new Problems(source);
        Node root = compose(yaml, problems);
        if (root == null) {
            problems.throwIfAny();
            throw single(source, "the file is empty", "declare tenant, target and collections");
        }
        Optional<Mapping> mapping = new MappingReader(source, problems).read(root);
        if (mapping.isEmpty()) {
            throw new MappingException(problems.all());
        }
        Set<String> graphLabels = schema.filter(s -> !s.isEmpty()).map(GraphSchema::labels).orElse(Set.of());
        MappingRules.check(mapping.get(), problems, graphLabels);
        schema.ifPresent(s -> MappingValidator.check(mapping.get(), s, problems));
        problems.throwIfAny();
        return mapping.get();
    }

    /** The YAML tree, or null (with a problem when the text is not YAML). */
    private static Node compose(String yaml, Problems problems) {
        try {
            return new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            problems.add(line, "", "not valid YAML: " + e.getProblem()
                    + (e.getContext() != null ? " " + e.getContext() : ""), "fix the YAML syntax on that line");
        } catch (YAMLException e) {
            problems.add(0, "", "not valid YAML: " + e.getMessage(), null);
        }
        return null;
    }

    private static MappingException single(String source, String message, String suggestion) {
        Problems problems = new Problems(source);
        problems.add(0, "", message, suggestion);
        return new MappingException(problems.all());
    }
}
