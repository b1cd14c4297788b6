package io.migrations.internal.plan;

import io.migrations.api.Revision;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Reads the fixture written by {@code src/test/alembic/oracle.py}: random graphs with real Alembic's answers.
 * See the script for the line format.
 */
final class OracleFixtures {

    static final String RESOURCE = "/alembic-oracle/fixtures.txt";

    private OracleFixtures() {
    }

    /** One random graph, its revisions in load order, and the checks on it. */
    record Case(String seed, List<Revision> revisions, List<Check> checks) {
    }

    /**
     * One question with Alembic's answer(s): several variants when Alembic's answer depended on hash order.
     */
    record Check(List<Line> variants) {
    }

    /** One fixture line split into fields; the last field (or the fourth, for commands) is the answer. */
    record Line(List<String> fields) {
        String kind() {
            return fields.get(0);
        }

        String field(int index) {
            return index < fields.size() ? fields.get(index) : "";
        }
    }

    static List<Case> load() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(OracleFixtures.class.getResourceAsStream(RESOURCE), RESOURCE),
                StandardCharsets.UTF_8))) {
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Case> parse(List<String> lines) {
        List<Case> cases = new ArrayList<>();
        int index = 0;
        while (index < lines.size()) {
            Line header = line(lines.get(index++));
            List<Revision> revisions = new ArrayList<>();
            while (index < lines.size() && lines.get(index).startsWith("rev\t")) {
                revisions.add(revision(line(lines.get(index++))));
            }
            List<Check> checks = new ArrayList<>();
            while (index < lines.size() && !lines.get(index).startsWith("graph\t")) {
                Line line = line(lines.get(index++));
                if (line.kind().equals("alt")) {
                    int count = Integer.parseInt(line.field(1));
                    checks.add(new Check(lines.subList(index, index + count).stream().map(OracleFixtures::line)
                            .toList()));
                    index += count;
                } else {
                    checks.add(new Check(List.of(line)));
                }
            }
            cases.add(new Case(header.field(1), revisions, checks));
        }
        return cases;
    }

    private static Revision revision(Line line) {
        return new Revision(line.field(1), list(line.field(2)), list(line.field(4)), list(line.field(3)), "", "",
                "versions/" + line.field(1) + ".py");
    }

    static List<String> list(String joined) {
        return joined.isEmpty() || joined.equals("-") ? List.of() : Arrays.asList(joined.split(","));
    }

    private static Line line(String text) {
        return new Line(Arrays.asList(text.split("\t", -1)));
    }
}
