package io.migrations.cli;

import io.migrations.internal.author.RevisionWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code init [dir]}: creates the revisions folder with a README that explains the file format. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Create the revisions folder (default: --dir) with a README describing revision files.")
final class InitCommand extends ProjectCommand {

    /** Name of the file written into the new folder. */
    static final String README = "README";

    @Parameters(arity = "0..1", paramLabel = "<dir>", description = "Folder to create (default: the --dir folder).")
    Path directory;

    @Override
    public Integer call() throws IOException {
        Path target = (directory != null ? directory : revisions().folder().orElseThrow(() -> new CliException(
                "--dir names a class path folder; give the folder to create: migrations init <dir>")))
                .toAbsolutePath().normalize();
        if (Files.isDirectory(target) && !isEmpty(target)) {
            throw new CliException("Directory " + target + " already exists and is not empty");
        }
        if (!Files.isDirectory(target)) {
            out().println("Creating directory " + target + " ...  done");
            Files.createDirectories(target);
        }
        Path readme = target.resolve(README);
        out().println(RevisionWriter.generated(readme));
        try (InputStream text = InitCommand.class.getResourceAsStream("init-README.txt")) {
            Files.copy(text, readme);
        }
        return ExitCode.SUCCESS;
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + folder, e);
        }
    }
}
