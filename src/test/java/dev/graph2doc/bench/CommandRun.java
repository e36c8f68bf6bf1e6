package dev.graph2doc.bench;

import dev.graph2doc.cli.Graph2doc;
import dev.graph2doc.testing.TestStores;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One {@code graph2doc} command run in-process, its exit code and what it printed. */
record CommandRun(int exit, String out, String err) {

    List<String> lines() {
        return out.lines().map(String::strip).toList();
    }

    /** The command sees the test stores the way an operator's NEO4J_URI/MONGODB_URI would point it at them. */
    static CommandRun against(TestStores stores, String... args) {
        Map<String, String> properties = new HashMap<>();
        stores.properties().forEach((k, v) -> properties.put(k, String.valueOf(v)));
        return with(properties, args);
    }

    static CommandRun with(Map<String, String> properties, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        properties.forEach(System::setProperty);
        try {
            int exit = Graph2doc.run(args);
            return new CommandRun(exit, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8).strip());
        } finally {
            properties.keySet().forEach(System::clearProperty);
            System.setOut(out);
            System.setErr(err);
        }
    }
}
