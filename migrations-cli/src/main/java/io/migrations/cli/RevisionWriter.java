package io.migrations.cli;

import io.migrations.api.MultipleHeadsException;
import io.migrations.api.Revision;
import io.migrations.internal.autogen.RevisionPart;
import io.migrations.internal.graph.RevisionGraph;
import io.migrations.internal.graph.TargetResolver;
import io.migrations.internal.script.JavaRevisionTemplate;
import io.migrations.internal.script.JavaSource;
import io.migrations.internal.script.RevisionHeader;
import io.migrations.internal.script.RevisionIds;
import io.migrations.internal.script.SqlRevisionTemplate;
import io.migrations.internal.script.Transaction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Writes a new revision file on top of existing heads, with Alembic's checks ({@code generate_revision}):
 * the parents must be heads unless spliced, labels unique, dependencies resolvable.
 */
final class RevisionWriter {

    private final Project project;

    RevisionWriter(Project project) {
        this.project = project;
    }

    /**
     * What to write.
     *
     * @param file      message, id, label and format of the new file
     * @param parents   targets naming the parents ({@code head}, {@code heads}, ids, labels); {@code base} for a new root
     * @param splice    whether a parent may be a revision that is not a head
     * @param dependsOn revisions or labels it depends on
     */
    record Request(NewRevisionOptions file, List<String> parents, boolean splice, List<String> dependsOn) {
    }

    /** The path and text of a new file. */
    private record NewFile(Path path, String text) {
    }

    /**
     * Writes generated revisions, each revising the one before, the first on the heads of {@code request}; returns
     * their absolute paths. The branch label and dependencies go on the first.
     */
    List<Path> writeChain(Request request, List<RevisionPart> parts) {
        RevisionGraph graph = project.revisions().graphForNewRevision();
        List<Path> paths = new ArrayList<>();
        List<String> parents = parents(graph, request);
        for (int i = 0; i < parts.size(); i++) {
            String id = i == 0 ? request.file().id().orElseGet(RevisionIds::random) : RevisionIds.random();
            RevisionPart part = parts.get(i);
            requireNew(graph, id, i == 0 ? request.file().branchLabels() : List.of());
            Revision revision = new Revision(id, parents, i == 0 ? request.file().branchLabels() : List.of(),
                    i == 0 ? dependencies(graph, request.dependsOn()) : List.of(), request.file().message + part.suffix(),
                    LocalDateTime.now().format(SqlRevisionTemplate.CREATE_DATE_FORMAT), null);
            paths.add(write(revision, request, part));
            parents = List.of(id);
        }
        return paths;
    }

    /** Writes the file and returns its absolute path. */
    Path write(Request request) {
        RevisionGraph graph = project.revisions().graphForNewRevision();
        String id = request.file().id().orElseGet(RevisionIds::random);
        requireNew(graph, id, request.file().branchLabels());
        Revision revision = new Revision(id, parents(graph, request), request.file().branchLabels(),
                dependencies(graph, request.dependsOn()), request.file().message,
                LocalDateTime.now().format(SqlRevisionTemplate.CREATE_DATE_FORMAT), null);
        return write(revision, request, null);
    }

    /** Writes the file with the statements of {@code body} (a generated revision), or the empty template when null. */
    private Path write(Revision revision, Request request, RevisionPart body) {
        NewFile file = request.file().format == NewRevisionOptions.Format.JAVA ? javaFile(revision, request, body)
                : sqlFile(revision, body);
        try {
            Files.createDirectories(file.path().getParent());
            Files.writeString(file.path(), file.text(), StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new CliException("File " + file.path() + " already exists. Choose another message or --rev-id.");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file.path(), e);
        }
        return file.path();
    }

    private static void requireNew(RevisionGraph graph, String id, List<String> labels) {
        if (!Revision.ID_PATTERN.matcher(id).matches()) {
            throw new CliException("Invalid revision id '" + id + "': use 1 to 32 letters, digits or '_'.");
        }
        graph.find(id).ifPresent(existing -> {
            throw new CliException("Revision " + id + " already exists (" + existing.location() + "). Choose another --rev-id.");
        });
        for (String label : labels) {
            Optional.ofNullable(graph.labelOwners().get(label)).ifPresent(owner -> {
                throw new CliException("Branch name '" + label + "' is already used by revision " + owner
                        + ". Choose another --branch-label.");
            });
        }
    }

    private NewFile sqlFile(Revision revision, RevisionPart body) {
        Path folder = project.revisions().folder().filter(Files::isDirectory).orElseThrow(() -> new CliException("New SQL "
                + "revisions go into the --dir folder, which must be a folder on disk; run 'migrations init' or point "
                + "--dir at it."));
        Path path = folder.resolve(SqlRevisionTemplate.fileName(revision.id(), revision.message())).toAbsolutePath();
        return new NewFile(path, body == null ? SqlRevisionTemplate.render(new RevisionHeader(revision, Transaction.ONE_PER_DIRECTION))
                : SqlRevisionTemplate.render(new RevisionHeader(revision, Transaction.of(body.transactional())), body.upgradeSql(),
                body.downgradeSql()));
    }

    private NewFile javaFile(Revision revision, Request request, RevisionPart body) {
        String javaPackage = Optional.ofNullable(project.options().javaPackage).orElseThrow(() -> new CliException(
                "--format java needs --package (or MIGRATIONS_PACKAGE): the package of the revision classes."));
        JavaSource source = body == null ? JavaRevisionTemplate.render(javaPackage, revision)
                : JavaRevisionTemplate.render(javaPackage, revision, Transaction.of(body.transactional()), body.upgradeJava(),
                body.downgradeJava());
        return new NewFile(request.file().sourceDir.resolve(source.relativePath()).toAbsolutePath(), source.text());
    }

    private static List<String> parents(RevisionGraph graph, Request request) {
        TargetResolver resolver = new TargetResolver(graph);
        LinkedHashSet<String> parents = new LinkedHashSet<>();
        List<String> resolved = new ArrayList<>();
        for (String target : request.parents()) {
            try {
                resolved.addAll(resolver.resolve(target));
            } catch (MultipleHeadsException e) {
                throw new CliException("Multiple heads are present (" + String.join(", ", graph.heads()) + "); please "
                        + "specify the head revision on which the new revision should be based (--head), or perform "
                        + "a merge ('migrations merge -m <message> heads').");
            }
        }
        for (String parent : resolved) {
            if (!parents.add(parent)) {
                throw new CliException("Duplicate head revisions specified: " + parent);
            }
            if (!request.splice() && !graph.isHead(parent)) {
                throw new CliException("Revision " + parent + " is not a head revision; please specify --splice to "
                        + "create a new branch from this revision");
            }
        }
        return List.copyOf(parents);
    }

    /** Alembic keeps a dependency written as a branch label, and replaces an id prefix with the full id. */
    private static List<String> dependencies(RevisionGraph graph, List<String> dependsOn) {
        TargetResolver resolver = new TargetResolver(graph);
        return dependsOn.stream().map(dependency -> {
            String id = resolver.resolveOne(dependency).orElseThrow(() -> new CliException("--depends-on '"
                    + dependency + "' names no revision."));
            return graph.branchLabels(id).contains(dependency) ? dependency : id;
        }).toList();
    }
}
