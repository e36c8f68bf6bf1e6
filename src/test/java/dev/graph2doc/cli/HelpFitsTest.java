package dev.graph2doc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Renders every command's {@code --help} as {@link Graph2doc#run} would and checks that it reads whole on an
 * 80-column terminal: no line wider than 80, each command's summary whole on one line of its parent's command list,
 * no word split by picocli's wrapping, no sentence broken by hand across description lines, defaults shown.
 */
class HelpFitsTest {

    private static final int COLUMNS = 80;

    @Test
    void shouldRenderAt80ColumnsWhateverTheTerminalWhenHelpIsPrinted() {
        for (CommandLine command : everyCommand()) {
            assertThat(command.getCommandSpec().usageMessage().width())
                    .as(name(command)).isEqualTo(COLUMNS);
            assertThat(command.isUsageHelpAutoWidth()).as(name(command)).isFalse();
        }
    }

    @Test
    void shouldKeepEveryLineWithin80ColumnsWhenAnyCommandsHelpIsRendered() {
        List<String> tooLong = new ArrayList<>();
        for (CommandLine command : everyCommand()) {
            for (String line : usageLines(command)) {
                if (line.length() > COLUMNS) {
                    tooLong.add(name(command) + " (" + line.length() + "): " + line);
                }
            }
        }
        assertThat(tooLong).isEmpty();
    }

    /**
     * Picocli lists a subcommand with the first line of its description; that line must be the whole summary, a
     * sentence, and fit on the one line the list gives it.
     */
    @Test
    void shouldListEachSubcommandWithItsWholeOneLineSummaryWhenTheParentsHelpIsRendered() {
        List<String> cut = new ArrayList<>();
        for (CommandLine parent : everyCommand()) {
            List<String> lines = usageLines(parent);
            for (CommandLine sub : parent.getSubcommands().values()) {
                String[] description = sub.getCommandSpec().usageMessage().description();
                String summary = description.length == 0 ? "" : description[0];
                if (!summary.endsWith(".")) {
                    cut.add(name(sub) + ": first description line is not a sentence: '" + summary + "'");
                }
                Pattern entry = Pattern.compile("^ {2}" + Pattern.quote(sub.getCommandName()) + " +(.*)$");
                List<String> shown = new ArrayList<>();
                for (int i = lines.indexOf("Commands:") + 1; i > 0 && i < lines.size(); i++) {
                    Matcher matcher = entry.matcher(lines.get(i));
                    if (matcher.matches()) {
                        shown.add(matcher.group(1));
                        if (i + 1 < lines.size() && isContinuation(lines.get(i + 1))) {
                            shown.add("(continued) " + lines.get(i + 1).strip());
                        }
                    }
                }
                if (!shown.equals(List.of(summary))) {
                    cut.add(name(parent) + " lists " + sub.getCommandName() + " as " + shown
                            + " instead of its summary '" + summary + "'");
                }
            }
        }
        assertThat(cut).isEmpty();
    }

    /**
     * Picocli wraps with {@link java.text.BreakIterator#getLineInstance()}, which also breaks after '.', '-' and '/'
     * inside a word ("micronaut." / "server.port", "e." / "g."). A line break splits a word when the last word of a
     * line and the first of the next are not both whole words of the help's source text but together are one.
     */
    @Test
    void shouldNotSplitAWordWhenPicocliWrapsTheHelp() {
        List<String> split = new ArrayList<>();
        for (CommandLine command : everyCommand()) {
            Set<String> words = sourceWords(command.getCommandSpec());
            List<String> lines = usageLines(command);
            for (int i = 0; i + 1 < lines.size(); i++) {
                String[] line = lines.get(i).strip().split("\\s+");
                String[] next = lines.get(i + 1).strip().split("\\s+");
                String last = line[line.length - 1];
                String first = next[0];
                if (last.isEmpty() || first.isEmpty()) {
                    continue;
                }
                boolean bothWhole = words.contains(last) && words.contains(first);
                if (!bothWhole && words.contains(last + first)) {
                    split.add(name(command) + ": '" + last + "' / '" + first + "'");
                }
            }
        }
        assertThat(split).isEmpty();
    }

    /**
     * A description is a list of paragraphs that picocli wraps; a line ending mid-sentence means the text was broken
     * by hand (picocli then starts a new line there at any width).
     */
    @Test
    void shouldEndEveryDescriptionLineWithASentenceWhenTheHelpTextIsWritten() {
        List<String> broken = new ArrayList<>();
        for (CommandLine command : everyCommand()) {
            CommandSpec spec = command.getCommandSpec();
            for (String line : spec.usageMessage().description()) {
                if (!line.strip().endsWith(".")) {
                    broken.add(name(command) + ": " + line);
                }
            }
            for (ArgSpec arg : spec.args()) {
                for (String line : arg.description()) {
                    if (!line.strip().endsWith(".")) {
                        broken.add(name(command) + " " + label(arg) + ": " + line);
                    }
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    /** An option with a default value says "Default: <value>" in its own description (picocli prints it as written). */
    @Test
    void shouldShowTheDefaultWhenAnOptionHasOne() {
        List<String> hidden = new ArrayList<>();
        for (CommandLine command : everyCommand()) {
            for (OptionSpec option : command.getCommandSpec().options()) {
                String value = option.defaultValue();
                if (value == null) {
                    continue;
                }
                String description = String.join(" ", option.description()).replace("${DEFAULT-VALUE}", value);
                Pattern shown = Pattern.compile("Default: " + Pattern.quote(value) + "(?!\\w)");
                if (!shown.matcher(description).find()) {
                    hidden.add(name(command) + " " + option.longestName() + " (default " + value + ")");
                }
            }
        }
        assertThat(hidden).isEmpty();
    }

    private static boolean isContinuation(String line) {
        return line.startsWith("    ") && !line.isBlank();
    }

    /** Every whitespace-separated word the help is made from: descriptions (defaults filled in), exit codes, names. */
    private static Set<String> sourceWords(CommandSpec spec) {
        List<String> texts = new ArrayList<>();
        texts.addAll(Arrays.asList(spec.usageMessage().description()));
        texts.addAll(Arrays.asList(spec.usageMessage().header()));
        texts.addAll(Arrays.asList(spec.usageMessage().footer()));
        spec.usageMessage().exitCodeList().forEach((code, meaning) -> texts.add(code + " " + meaning));
        for (ArgSpec arg : spec.args()) {
            for (String line : arg.description()) {
                String candidates = arg.completionCandidates() == null ? ""
                        : String.join(", ", arg.completionCandidates());
                texts.add(line.replace("${DEFAULT-VALUE}", String.valueOf(arg.defaultValue()))
                        .replace("${COMPLETION-CANDIDATES}", candidates));
            }
        }
        for (CommandLine sub : spec.subcommands().values()) {
            texts.addAll(Arrays.asList(sub.getCommandSpec().usageMessage().description()));
        }
        Set<String> words = new HashSet<>();
        for (String text : texts) {
            for (String word : text.replace("%%", "%").replace("%n", " ").split("\\s+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    private static List<String> usageLines(CommandLine command) {
        return command.getUsageMessage(Ansi.OFF).lines().toList();
    }

    private static List<CommandLine> everyCommand() {
        List<CommandLine> all = new ArrayList<>();
        collect(Graph2doc.commandLine(), all);
        return all;
    }

    private static void collect(CommandLine command, List<CommandLine> all) {
        all.add(command);
        command.getSubcommands().values().forEach(sub -> collect(sub, all));
    }

    private static String name(CommandLine command) {
        return command.getCommandSpec().qualifiedName();
    }

    private static String label(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }
}
