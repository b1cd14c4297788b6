package io.migrations.cli;

import io.migrations.graph.MultipleHeadsException;
import io.migrations.graph.Revision;
import io.migrations.graph.RevisionGraph;
import io.migrations.graph.TargetResolver;
import io.migrations.script.RevisionHeader;
import io.migrations.script.RevisionIds;
import io.migrations.script.SqlRevisionTemplate;
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
     * @param id           the id, or empty for a random 12-hex-digit one
     * @param message      the message
     * @param parents      targets naming the parents ({@code head}, {@code heads}, ids, labels); {@code base} for a new root
     * @param splice       whether a parent may be a revision that is not a head
     * @param branchLabels labels of the new branch
     * @param dependsOn    revisions or labels it depends on
     */
    record Request(Optional<String> id, String message, List<String> parents, boolean splice, List<String> branchLabels,
                   List<String> dependsOn) {
    }

    /** Writes the file and returns its path. */
    Path write(Request request) {
        RevisionGraph graph = project.graph();
        String id = request.id().orElseGet(RevisionIds::random);
        if (!Revision.ID_PATTERN.matcher(id).matches()) {
            throw new CliException("Invalid revision id '" + id + "': use 1 to 32 letters, digits or '_'.");
        }
        graph.find(id).ifPresent(existing -> {
            throw new CliException("Revision " + id + " already exists (" + existing.location() + "). Choose another --rev-id.");
        });
        for (String label : request.branchLabels()) {
            Optional.ofNullable(graph.labelOwners().get(label)).ifPresent(owner -> {
                throw new CliException("Branch name '" + label + "' is already used by revision " + owner
                        + ". Choose another --branch-label.");
            });
        }
        Path folder = project.folder().orElseThrow(() -> new CliException("--dir names a class path folder; new "
                + "revisions need a folder on disk. Point --dir at the source folder of the revisions."));
        Revision revision = new Revision(id, parents(graph, request), request.branchLabels(),
                dependencies(graph, request.dependsOn()), request.message(),
                LocalDateTime.now().format(SqlRevisionTemplate.CREATE_DATE_FORMAT), null);
        Path file = folder.resolve(SqlRevisionTemplate.fileName(id, request.message())).toAbsolutePath();
        try {
            Files.writeString(file, SqlRevisionTemplate.render(new RevisionHeader(revision, true)),
                    StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new CliException("File " + file + " already exists. Choose another message or --rev-id.");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
        return file;
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
