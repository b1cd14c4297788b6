package io.migrations.docs;

import io.migrations.docs.Markdown.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Checks the {@code migrations ...} command lines that the docs show in code blocks against the CLI itself.
 * A concrete line is parsed by picocli exactly as the CLI would parse it. A synopsis line (with {@code [optional]}
 * parts, {@code a|b} choices, {@code <placeholders>} or {@code ...}) is checked name by name: its command and every
 * option it names must exist.
 */
final class ShownCommands {

    private static final List<String> PROMPTS = List.of("$ migrations ", "migrations ", "bin/migrations ",
            "$ bin/migrations ");

    private static final Set<String> SHELL_OPERATORS = Set.of("|", "||", "&&", ";", "&", "<");

    private ShownCommands() {
    }

    /** The command lines in {@code code}, continuation lines joined, each with the line it starts on. */
    static List<Line> commandLines(List<Line> code) {
        List<Line> commands = new ArrayList<>();
        for (int i = 0; i < code.size(); i++) {
            String text = code.get(i).text().trim();
            Optional<String> prompt = PROMPTS.stream().filter(text::startsWith).findFirst();
            if (prompt.isEmpty()) {
                continue;
            }
            int start = code.get(i).number();
            StringBuilder line = new StringBuilder(text);
            while (line.toString().endsWith("\\") && i + 1 < code.size()) {
                line.setLength(line.length() - 1);
                line.append(' ').append(code.get(++i).text().trim());
            }
            commands.add(new Line(start, line.substring(prompt.get().indexOf("migrations ") + "migrations ".length())));
        }
        return commands;
    }

    /** Why the CLI would not accept {@code arguments} (the words after {@code migrations}), if it would not. */
    static Optional<String> problem(String arguments) {
        List<String> words = new ArrayList<>();
        for (String word : words(arguments)) {
            if (SHELL_OPERATORS.contains(word) || word.startsWith(">") || word.startsWith("2>")) {
                break; // a pipe or a redirection: the rest is another program's or the shell's
            }
            words.add(word);
        }
        boolean synopsis = words.stream().anyMatch(ShownCommands::isSynopsis);
        return synopsis ? synopsisProblem(words) : parseProblem(words);
    }

    private static boolean isSynopsis(String word) {
        return word.contains("[") || word.contains("]") || word.contains("|") || word.contains("...")
                || word.contains("…") || (word.startsWith("<") && word.endsWith(">"));
    }

    private static Optional<String> parseProblem(List<String> words) {
        try {
            ConfigurationReference.commandLine().parseArgs(words.toArray(String[]::new));
            return Optional.empty();
        } catch (ParameterException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static Optional<String> synopsisProblem(List<String> words) {
        CommandSpec root = ConfigurationReference.commandLine().getCommandSpec();
        CommandSpec command = null;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i).replaceAll("[\\[\\]()]|\\.\\.\\.|…", "");
            CommandSpec scope = command == null ? root : command;
            if (word.startsWith("-")) {
                for (String choice : word.split("\\|")) {
                    String name = choice.split("=", 2)[0];
                    if (!name.startsWith("-")) {
                        continue;
                    }
                    OptionSpec option = scope.findOption(name);
                    if (option == null && command != null) {
                        option = root.findOption(name);
                    }
                    if (option == null) {
                        return Optional.of("Unknown option: '" + name + "'"
                                + (command == null ? "" : " for 'migrations " + command.name() + "'"));
                    }
                    if (command == null && option.arity().max() > 0 && !choice.contains("=")) {
                        i++;
                    }
                }
            } else if (command == null && !word.isEmpty()) {
                Map<String, CommandLine> subcommands = root.subcommands();
                if (!subcommands.containsKey(word)) {
                    return Optional.of("Unknown command: '" + word + "'");
                }
                command = subcommands.get(word).getCommandSpec();
            }
        }
        return command == null ? Optional.of("No command") : Optional.empty();
    }

    /** Splits a shell line into words: quotes and backslashes as a POSIX shell reads them, {@code #} starts a comment. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < line.length()) {
                    word.append(line.charAt(++i));
                } else {
                    word.append(c);
                }
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else if (c == '#' && word == null) {
                break;
            } else {
                if (word == null) {
                    word = new StringBuilder();
                }
                if (c == '\'' || c == '"') {
                    quote = c;
                } else if (c == '\\' && i + 1 < line.length()) {
                    word.append(line.charAt(++i));
                } else {
                    word.append(c);
                }
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }
}
