package dev.graph2doc.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "graph2doc", mixinStandardHelpOptions = true, version = "graph2doc 0.1.0",
        description = "Moves a live application from Neo4j to MongoDB without downtime.",
        subcommands = {ServeCommand.class, SeedCommand.class, RiskCommand.class, BenchCommand.class,
                RehearseCommand.class, StoresCommand.class})
public final class Graph2doc {

    public static void main(String[] args) {
        int exit = run(args);
        if (exit != 0 || !ServeCommand.keepsRunning(args)) {
            System.exit(exit);
        }
    }

    /** Runs a command; exit code 0 on success, 1 when start-up fails, 2 for bad options, 3 when {@code risk} finds a danger. */
    public static int run(String... args) {
        CommandLine cli = commandLine();
        cli.setExecutionExceptionHandler((failure, command, parsed) -> {
            if (failure instanceof IllegalArgumentException bad) {
                command.getErr().println("graph2doc: " + bad.getMessage());
                return 2;
            }
            command.getErr().println("graph2doc: " + StartupFailures.explain(failure));
            return 1;
        });
        return cli.execute(args);
    }

    /** Help is laid out for 80 columns whatever the terminal (unless -Dpicocli.usage.width says otherwise). */
    static final int HELP_WIDTH = 80;

    /** The command tree {@link #run} executes, its help laid out for {@link #HELP_WIDTH} columns. */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Graph2doc());
        cli.setUsageHelpAutoWidth(false);
        cli.setUsageHelpWidth(HELP_WIDTH);
        return cli;
    }
}
