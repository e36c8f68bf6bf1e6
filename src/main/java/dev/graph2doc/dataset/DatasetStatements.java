package dev.graph2doc.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code --dataset} Cypher file cut into statements as {@code cypher-shell -f} cuts it: one statement per ';' at a
 * line end. Each statement keeps its number (1-based, blank ones not counted) and the line of the file it starts on,
 * so that an error can name both.
 */
final class DatasetStatements {

    private static final Pattern END = Pattern.compile(";\\s*(\\R|$)");

    /**
     * One statement of the file: its number, the line (1-based) its code starts on (past blank lines and leading
     * {@code //} comment lines), its text from there.
     */
    record Statement(int number, int line, String text) {

        /** The statement's first line, trimmed: what an error message quotes. */
        String firstLine() {
            return text.lines().findFirst().orElse("").strip();
        }

        /** "statement 3 (line 7: `CREATE ...`)". */
        String describe() {
            return "statement " + number + " (line " + line + ": `" + firstLine() + "`)";
        }
    }

    private DatasetStatements() {
    }

    static List<Statement> split(String script) {
        List<Statement> statements = new ArrayList<>();
        Matcher end = END.matcher(script);
        int from = 0;
        while (from < script.length()) {
            int to = end.find(from) ? end.start() : script.length();
            add(statements, script, from, to);
            from = to == script.length() ? to : end.end();
        }
        return statements;
    }

    private static void add(List<Statement> statements, String script, int from, int to) {
        String text = script.substring(from, to);
        if (text.isBlank()) {
            return;
        }
        int start = codeStart(script, from, to);
        statements.add(new Statement(statements.size() + 1, lineOf(script, start), script.substring(start, to)));
    }

    /** Where the statement's code begins: past blank space and whole-line {@code //} comments (if any code follows). */
    private static int codeStart(String script, int from, int to) {
        int start = skipSpace(script, from, to);
        int code = start;
        while (code < to && script.startsWith("//", code)) {
            int lineEnd = code;
            while (lineEnd < to && script.charAt(lineEnd) != '\n' && script.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            code = skipSpace(script, lineEnd, to);
        }
        return code < to ? code : start;
    }

    private static int skipSpace(String script, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(script.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The 1-based line of {@code offset}: line ends are \n, \r\n or a lone \r. */
    private static int lineOf(String script, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            char c = script.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= script.length() || script.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }
}
