package dev.graph2doc.mapping;

/**
 * One thing wrong with a mapping: where (file, line, path), what, and the fix. Line 0 means unknown.
 * Rendered as {@code fleet.yaml:12 collections[1].embed[0].target: label 'Devise' is not a root — did you mean 'Device'?}
 */
public record MappingProblem(String file, int line, String path, String message, String suggestion) {

    public String format() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line);
        }
        if (path != null && !path.isEmpty()) {
            out.append(' ').append(path);
        }
        out.append(": ").append(message);
        if (suggestion != null && !suggestion.isEmpty()) {
            out.append(" — ").append(suggestion);
        }
        return out.toString();
    }
}
