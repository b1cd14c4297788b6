package io.migrations.internal.author;

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
public final class RevisionWriter {

    /** The kinds of file a new revision can be. */
    public enum Format {
        /** A SQL file in the revisions folder. */
        SQL,
        /** A Java class of the revisions package below the source root. */
        JAVA
    }

    /**
     * Where new files go.
     *
     * @param folder      the folder of SQL revisions; empty when the revisions are not in a folder on disk
     * @param javaPackage the package of Java revisions; null when none is set
     * @param sourceDir   the source root Java revisions are written below
     */
    public record Destination(Optional<Path> folder, String javaPackage, Path sourceDir) {
    }

    /**
     * What to write.
     *
     * @param message      the revision's message
     * @param id           the id to give it; empty for a random one
     * @param branchLabels branch labels of the new revision
     * @param format       SQL file or Java class
     * @param parents      targets naming the parents ({@code head}, {@code heads}, ids, labels); {@code base} for a new root
     * @param splice       whether a parent may be a revision that is not a head
     * @param dependsOn    revisions or labels it depends on
     */
    public record Request(String message, Optional<String> id, List<String> branchLabels, Format format,
                          List<String> parents, boolean splice, List<String> dependsOn) {

        public Request {
            branchLabels = List.copyOf(branchLabels);
            parents = List.copyOf(parents);
            dependsOn = List.copyOf(dependsOn);
        }
    }

    /** The path and text of a new file. */
    private record NewFile(Path path, String text) {
    }

    private final RevisionGraph graph;
    private final Destination destination;
    private final SettingNames names;

    /**
     * @param graph       the revisions the new one builds on
     * @param destination where files go
     * @param names       how the front end names its settings, for messages
     */
    public RevisionWriter(RevisionGraph graph, Destination destination, SettingNames names) {
        this.graph = graph;
        this.destination = destination;
        this.names = names;
    }

    /**
     * Writes generated revisions, each revising the one before, the first on the heads of {@code request}; returns
     * their absolute paths. The branch label and dependencies go on the first.
     */
    public List<Path> writeChain(Request request, List<RevisionPart> parts) {
        List<Path> paths = new ArrayList<>();
        List<String> parents = parents(request);
        for (int i = 0; i < parts.size(); i++) {
            String id = i == 0 ? request.id().orElseGet(RevisionIds::random) : RevisionIds.random();
            RevisionPart part = parts.get(i);
            List<String> labels = i == 0 ? request.branchLabels() : List.of();
            requireNew(id, labels);
            Revision revision = new Revision(id, parents, labels, i == 0 ? dependencies(request.dependsOn()) : List.of(),
                    request.message() + part.suffix(), now(), null);
            paths.add(write(revision, request.format(), part));
            parents = List.of(id);
        }
        return paths;
    }

    /** The line that reports a written file, as Alembic prints it. */
    public static String generated(Path path) {
        return "Generating " + path + " ...  done";
    }

    /** Writes an empty revision and returns its absolute path. */
    public Path write(Request request) {
        String id = request.id().orElseGet(RevisionIds::random);
        requireNew(id, request.branchLabels());
        Revision revision = new Revision(id, parents(request), request.branchLabels(),
                dependencies(request.dependsOn()), request.message(), now(), null);
        return write(revision, request.format(), null);
    }

    private static String now() {
        return LocalDateTime.now().format(SqlRevisionTemplate.CREATE_DATE_FORMAT);
    }

    /** Writes the file with the statements of {@code body} (a generated revision), or the empty template when null. */
    private Path write(Revision revision, Format format, RevisionPart body) {
        NewFile file = format == Format.JAVA ? javaFile(revision, body) : sqlFile(revision, body);
        try {
            Files.createDirectories(file.path().getParent());
            Files.writeString(file.path(), file.text(), StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new NewRevisionException("File " + file.path() + " already exists. Choose another message or "
                    + names.of(Setting.REV_ID) + ".");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file.path(), e);
        }
        return file.path();
    }

    private void requireNew(String id, List<String> labels) {
        if (!Revision.ID_PATTERN.matcher(id).matches()) {
            throw new NewRevisionException("Invalid revision id '" + id + "': use 1 to 32 letters, digits or '_'.");
        }
        graph.find(id).ifPresent(existing -> {
            throw new NewRevisionException("Revision " + id + " already exists (" + existing.location() + "). Choose "
                    + "another " + names.of(Setting.REV_ID) + ".");
        });
        for (String label : labels) {
            Optional.ofNullable(graph.labelOwners().get(label)).ifPresent(owner -> {
                throw new NewRevisionException("Branch name '" + label + "' is already used by revision " + owner
                        + ". Choose another " + names.of(Setting.BRANCH_LABEL) + ".");
            });
        }
    }

    private NewFile sqlFile(Revision revision, RevisionPart body) {
        Path folder = destination.folder().filter(Files::isDirectory).orElseThrow(() -> new NewRevisionException(
                "New SQL revisions go into the revisions folder, which must be a folder on disk: create it, or point "
                        + names.of(Setting.DIR) + " at it."));
        Path path = folder.resolve(SqlRevisionTemplate.fileName(revision.id(), revision.message())).toAbsolutePath();
        return new NewFile(path, body == null ? SqlRevisionTemplate.render(new RevisionHeader(revision, Transaction.ONE_PER_DIRECTION))
                : SqlRevisionTemplate.render(new RevisionHeader(revision, Transaction.of(body.transactional())), body.upgradeSql(),
                body.downgradeSql()));
    }

    private NewFile javaFile(Revision revision, RevisionPart body) {
        String javaPackage = Optional.ofNullable(destination.javaPackage()).orElseThrow(() -> new NewRevisionException(
                "Java revisions need " + names.of(Setting.PACKAGE) + ": the package of the revision classes."));
        JavaSource source = body == null ? JavaRevisionTemplate.render(javaPackage, revision)
                : JavaRevisionTemplate.render(javaPackage, revision, Transaction.of(body.transactional()), body.upgradeJava(),
                body.downgradeJava());
        return new NewFile(destination.sourceDir().resolve(source.relativePath()).toAbsolutePath(), source.text());
    }

    private List<String> parents(Request request) {
        TargetResolver resolver = new TargetResolver(graph);
        LinkedHashSet<String> parents = new LinkedHashSet<>();
        List<String> resolved = new ArrayList<>();
        for (String target : request.parents()) {
            try {
                resolved.addAll(resolver.resolve(target));
            } catch (MultipleHeadsException e) {
                throw new NewRevisionException("Multiple heads are present (" + String.join(", ", graph.heads())
                        + "); please specify the head revision on which the new revision should be based ("
                        + names.of(Setting.HEAD) + "), or perform a merge (" + names.of(Setting.MERGE) + ").");
            }
        }
        for (String parent : resolved) {
            if (!parents.add(parent)) {
                throw new NewRevisionException("Duplicate head revisions specified: " + parent);
            }
            if (!request.splice() && !graph.isHead(parent)) {
                throw new NewRevisionException("Revision " + parent + " is not a head revision; please specify "
                        + names.of(Setting.SPLICE) + " to create a new branch from this revision");
            }
        }
        return List.copyOf(parents);
    }

    /** Alembic keeps a dependency written as a branch label, and replaces an id prefix with the full id. */
    private List<String> dependencies(List<String> dependsOn) {
        TargetResolver resolver = new TargetResolver(graph);
        return dependsOn.stream().map(dependency -> {
            String id = resolver.resolveOne(dependency).orElseThrow(() -> new NewRevisionException(
                    names.of(Setting.DEPENDS_ON) + " '" + dependency + "' names no revision."));
            return graph.branchLabels(id).contains(dependency) ? dependency : id;
        }).toList();
    }
}
