package dev.graph2doc.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures copy, write and read speed against targets.",
                "Each prints its figures and ratios; a missed target is reported, not an error."},
        subcommands = {BenchCopyCommand.class, BenchWritesCommand.class, BenchReadsCommand.class})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** {@code bench} alone names no measurement: show which there are. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 2;
    }
}
