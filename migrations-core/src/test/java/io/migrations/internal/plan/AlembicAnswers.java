package io.migrations.internal.plan;

import io.migrations.api.Direction;
import io.migrations.api.MigrationsException;
import io.migrations.api.StampMode;
import io.migrations.api.TargetException;
import io.migrations.internal.graph.RevisionGraph;
import io.migrations.internal.graph.TargetResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Our answers to the questions of the Alembic oracle, in its text format ({@code src/test/alembic/oracle.py}):
 * steps as {@code direction|revision|from|to|ops} joined by ';', then {@code " => "} and the rows left;
 * {@code "!"} for an error, {@value #AMBIGUOUS} for a downgrade Alembic calls ambiguous and we refuse.
 */
/** Our answer to one fixture line, in the fixture's format. */
final class AlembicAnswers {

    /**
     * The answer to a bare {@code -N} downgrade from several heads: Alembic 1.8 warns that it is ambiguous ("will be
     * disallowed in a future release") and goes down from whichever version row comes first; we refuse it.
     */
    static final String AMBIGUOUS = "!ambiguous";

    private final RevisionGraph graph;
    private final TargetResolver resolver;
    private final Planner planner;
    private final History history;

    AlembicAnswers(RevisionGraph graph) {
        this.graph = graph;
        this.resolver = new TargetResolver(graph);
        this.planner = new Planner(graph);
        this.history = new History(graph);
    }

    static String input(OracleFixtures.Line line) {
        return switch (line.kind()) {
            case "q" -> line.kind() + " " + line.field(1);
            case "hist" -> line.kind() + " " + line.field(1) + " current=" + line.field(2);
            default -> line.kind() + " " + line.field(1) + " " + line.field(2) + " rows=" + line.field(3);
        };
    }

    static String unorderedInput(OracleFixtures.Line line) {
        return line.kind().equals("cmd") ? line.kind() + " " + line.field(1) + " " + line.field(2) + " rows="
                + sorted(line.field(3)) : input(line);
    }

    /** An answer with each step's row changes and the final rows as sorted sets. */
    static String unordered(String answer) {
        int arrow = answer.lastIndexOf(" => ");
        if (arrow < 0) {
            return answer;
        }
        String steps = answer.substring(0, arrow);
        String changes = steps.isEmpty() || steps.startsWith("!") ? steps : Stream.of(steps.split(";"))
                .map(AlembicAnswers::unorderedStep).collect(Collectors.joining(";"));
        return changes + " => " + sorted(answer.substring(arrow + 4));
    }

    private static String unorderedStep(String step) {
        String[] fields = step.split("\\|", -1);
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        for (String op : OracleFixtures.list(fields[4])) {
            String[] parts = op.split("\\.");
            if (!parts[0].equals("I")) {
                removed.add(parts[1]);
            }
            if (!parts[0].equals("D")) {
                added.add(parts[parts.length - 1]);
            }
        }
        return String.join("|", fields[0], fields[1], fields[2], fields[3], sorted(removed) + "/" + sorted(added));
    }

    private static String sorted(String joined) {
        return sorted(OracleFixtures.list(joined));
    }

    private static String sorted(List<String> ids) {
        return ids.stream().sorted().collect(Collectors.joining(","));
    }

    static String expected(OracleFixtures.Line line) {
        return switch (line.kind()) {
            case "q" -> expectedQuery(line.field(1), line.field(2));
            case "hist" -> errorOrValue(line.field(3));
            default -> alembicCallsAmbiguous(line) ? AMBIGUOUS + " => " + line.field(3)
                    : errorOrValue(line.field(4)) + " => " + line.field(5);
        };
    }

    /** Alembic's own test for its warning: a relative downgrade with no revision or label, from several rows. */
    static boolean alembicCallsAmbiguous(OracleFixtures.Line line) {
        return line.kind().equals("cmd") && line.field(1).equals("downgrade") && line.field(2).matches("-\\d+")
                && OracleFixtures.list(line.field(3)).stream().distinct().count() > 1;
    }

    private static String expectedQuery(String query, String answer) {
        if (query.startsWith("resolve:") && OracleFixtures.list(answer).stream()
                .anyMatch(id -> id.equals("None") || id.equals("base"))) {
            return "!";
        }
        return errorOrValue(answer);
    }

    private static String errorOrValue(String answer) {
        return answer.startsWith("!") ? "!" : answer;
    }

    String answer(OracleFixtures.Line line) {
        return switch (line.kind()) {
            case "q" -> query(line.field(1));
            case "hist" -> guarded(() -> String.join(",", history.range(line.field(1),
                    OracleFixtures.list(line.field(2)))));
            default -> command(line.field(1), line.field(2), OracleFixtures.list(line.field(3)));
        };
    }

    private String query(String query) {
        int colon = query.indexOf(':');
        String name = colon < 0 ? query : query.substring(0, colon);
        String argument = query.substring(colon + 1);
        return guarded(() -> switch (name) {
            case "heads" -> String.join(",", graph.heads());
            case "realheads" -> String.join(",", graph.realHeads());
            case "bases" -> String.join(",", graph.bases());
            case "realbases" -> String.join(",", graph.realBases());
            case "labels" -> graph.branchLabels(argument).stream().sorted().collect(Collectors.joining(","));
            case "normalized" -> graph.normalizedParents(argument).stream().sorted()
                    .collect(Collectors.joining(","));
            case "resolve" -> String.join(",", resolver.resolve(argument));
            case "current" -> sorted(resolver.currentBranchHeads(OracleFixtures.list(argument)));
            default -> throw new IllegalArgumentException("unknown query " + query);
        });
    }

    private String command(String kind, String argument, List<String> rows) {
        List<String> after = new ArrayList<>(rows);
        String steps = guarded(() -> {
            List<Step> plan = plan(kind, argument, rows);
            after.clear();
            after.addAll(startRows(kind, argument, rows));
            plan.forEach(step -> VersionRows.apply(after, step.versionOps()));
            return plan.stream().map(AlembicAnswers::describe).collect(Collectors.joining(";"));
        });
        return steps + " => " + String.join(",", after);
    }

    private List<Step> plan(String kind, String argument, List<String> rows) {
        return switch (kind) {
            case "upgrade" -> planner.upgrade(rows, argument);
            case "downgrade" -> planner.downgrade(rows, argument);
            case "stamp" -> planner.stamp(rows, List.of(argument.split(" ")), StampMode.KEEP);
            case "stamp-purge" -> planner.stamp(rows, List.of(argument.split(" ")), StampMode.PURGE);
            case "offline-upgrade" -> planner.upgradeOffline(argument);
            case "offline-downgrade" -> planner.downgradeOffline(argument);
            default -> throw new IllegalArgumentException("unknown command " + kind);
        };
    }

    private List<String> startRows(String kind, String argument, List<String> rows) {
        return switch (kind) {
            case "stamp-purge" -> List.of();
            case "offline-upgrade", "offline-downgrade" -> planner.startingHeads(argument.split(":", -1)[0]);
            default -> rows;
        };
    }

    private static String describe(Step step) {
        String revision = step.direction() == Direction.STAMP
                ? step.to().stream().findFirst().orElse("-") : step.revision().orElseThrow().id();
        String ops = step.versionOps().stream().map(VersionRows::describe).collect(Collectors.joining(","));
        return String.join("|", step.direction().label(), revision, String.join(",", step.from()),
                String.join(",", step.to()), ops);
    }

    private static String guarded(Supplier<String> answer) {
        try {
            return answer.get();
        } catch (TargetException e) {
            return e.getMessage().contains(" is ambiguous: the database is at several heads") ? AMBIGUOUS : "!";
        } catch (MigrationsException e) {
            return "!";
        }
    }
}
