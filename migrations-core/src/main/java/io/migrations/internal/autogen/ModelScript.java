package io.migrations.internal.autogen;

import io.migrations.internal.sql.SqlSplitter;
import io.migrations.internal.sql.Statement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A model written as SQL: a file, a folder of {@code .sql} files applied in name order, or SQL produced elsewhere
 * (a model provider's DDL), the way {@code schema.sql} files and {@code pg_dump --schema-only} output look. It is
 * applied to a throwaway database, never parsed into a schema here: the server's own catalog says what it builds. What a model cannot mean is left out: psql's
 * {@code \\restrict} lines, ownership ({@code OWNER TO}) and privileges ({@code GRANT}, {@code REVOKE},
 * {@code ALTER DEFAULT PRIVILEGES}), none of which the catalog compares. Settings a newer pg_dump writes that this
 * server does not know are skipped.
 */
final class ModelScript {

    private static final Logger LOG = LoggerFactory.getLogger(ModelScript.class);

    /** psql meta-commands pg_dump 15.14+ writes around a dump; other meta-commands have no meaning here. */
    private static final Pattern RESTRICT = Pattern.compile("\\\\(un)?restrict(\\s.*)?");
    private static final Pattern IGNORED = Pattern.compile("(?is)(ALTER\\s(?!.*\\sRENAME\\s).*\\sOWNER\\s+TO\\s+\\S+"
            + "|GRANT\\s.*|REVOKE\\s.*|ALTER\\s+DEFAULT\\s+PRIVILEGES\\s.*)");
    private static final Pattern SETTING = Pattern.compile("(?is)SET\\s.*|SELECT\\s+pg_catalog\\.set_config\\s*\\(.*");
    private static final String UNKNOWN_SETTING = "42704";
    /** {@code CREATE INDEX CONCURRENTLY} and the like (25001), an enum value used before its commit (55P04). */
    private static final Set<String> NOT_IN_TRANSACTION = Set.of("25001", "55P04");

    /** One text of the model: a file, or SQL from elsewhere. */
    private record Source(String name, String sql) {
    }

    private final List<Source> sources;

    private ModelScript(List<Source> sources) {
        this.sources = List.copyOf(sources);
    }

    /** SQL that is not a file: {@code name} says where it comes from in messages. */
    static ModelScript of(String name, String sql) {
        return new ModelScript(List.of(new Source(name, sql)));
    }

    /**
     * The {@code .sql} file, or the {@code .sql} files of the folder (and its subfolders) in path order.
     *
     * @throws AutogenerateException when the path does not exist or holds no SQL file
     */
    static ModelScript of(Path path) {
        if (Files.isRegularFile(path)) {
            return new ModelScript(List.of(read(path)));
        }
        if (!Files.isDirectory(path)) {
            throw new AutogenerateException("Model " + path + " does not exist: give a .sql file, a folder of .sql "
                    + "files, or url:<database url>");
        }
        try (Stream<Path> walk = Files.walk(path)) {
            List<Path> files = walk.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".sql"))
                    .sorted().toList();
            if (files.isEmpty()) {
                throw new AutogenerateException("Model folder " + path + " holds no .sql file");
            }
            return new ModelScript(files.stream().map(ModelScript::read).toList());
        } catch (IOException e) {
            throw new AutogenerateException("Could not read the model folder " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs every statement on {@code connection}, in one session so that {@code SET search_path} and the like carry
     * on. First in one transaction, statements sent in batches; when that fails, in one transaction statement by
     * statement, to name the one that fails or skip a setting the server does not know; and when a statement
     * refuses to run in a transaction ({@code CREATE INDEX CONCURRENTLY}, using an enum value added before), one by
     * one outside one.
     *
     * @throws AutogenerateException naming the file, line and statement of the first that fails
     */
    void apply(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try {
            batched(connection);
            connection.commit();
            return;
        } catch (SQLException e) {
            connection.rollback();
        }
        try {
            runAll(connection);
            connection.commit();
        } catch (AutogenerateException e) {
            connection.rollback();
            if (!(e.getCause() instanceof SQLException sql) || !NOT_IN_TRANSACTION.contains(sql.getSQLState())) {
                throw e;
            }
            LOG.info("The model needs statements outside a transaction; applying it statement by statement");
            connection.setAutoCommit(true);
            runAll(connection);
        }
    }

    /** Sends the statements in batches, one round trip each; queries ({@code set_config}) run on their own. */
    private void batched(Connection connection) throws SQLException {
        try (java.sql.Statement batch = connection.createStatement()) {
            int pending = 0;
            for (Source source : sources) {
                for (Statement statement : statements(source)) {
                    if (returnsRows(statement.sql())) {
                        if (pending > 0) {
                            batch.executeBatch();
                            pending = 0;
                        }
                        batch.execute(statement.sql());
                    } else {
                        batch.addBatch(statement.sql());
                        pending++;
                    }
                }
            }
            if (pending > 0) {
                batch.executeBatch();
            }
        }
    }

    private static boolean returnsRows(String sql) {
        String start = sql.stripLeading().toUpperCase(Locale.ROOT);
        return start.startsWith("SELECT") || start.startsWith("WITH") || start.startsWith("VALUES")
                || start.startsWith("TABLE") || start.startsWith("SHOW");
    }

    private void runAll(Connection connection) throws SQLException {
        for (Source source : sources) {
            for (Statement statement : statements(source)) {
                run(connection, source.name(), statement);
            }
        }
    }

    private static Source read(Path file) {
        try {
            return new Source(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AutogenerateException("Could not read the model file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The statements of {@code source}, psql meta-command lines left out. */
    private static List<Statement> statements(Source source) {
        List<Statement> statements = new ArrayList<>();
        for (Statement statement : SqlSplitter.split(source.name(), source.sql())) {
            String sql = withoutMetaCommands(source.name(), statement);
            if (!sql.isBlank() && !IGNORED.matcher(sql.strip()).matches()) {
                statements.add(new Statement(sql, statement.line()));
            }
        }
        return statements;
    }

    /** Drops {@code \\restrict} lines; any other psql meta-command is refused, since it would not mean the same. */
    private static String withoutMetaCommands(String file, Statement statement) {
        StringBuilder sql = new StringBuilder();
        String[] lines = statement.sql().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("\\")) {
                if (!RESTRICT.matcher(line.strip()).matches()) {
                    throw new AutogenerateException(file + ":" + (statement.line() + i) + ": the psql meta-command "
                            + line.strip().split("\\s")[0] + " cannot be applied as a model; remove it");
                }
                continue;
            }
            sql.append(line).append('\n');
        }
        return sql.toString().strip();
    }

    private static void run(Connection connection, String file, Statement statement) throws SQLException {
        boolean setting = SETTING.matcher(statement.sql()).matches();
        Savepoint savepoint = setting && !connection.getAutoCommit() ? connection.setSavepoint() : null;
        try (java.sql.Statement jdbc = connection.createStatement()) {
            jdbc.execute(statement.sql());
        } catch (SQLException e) {
            if (UNKNOWN_SETTING.equals(e.getSQLState()) && setting) {
                if (savepoint != null) {
                    connection.rollback(savepoint);
                }
                LOG.info("{}:{}: skipped a setting this server does not know: {}", file, statement.line(),
                        e.getMessage().lines().findFirst().orElse(""));
                return;
            }
            throw new AutogenerateException(file + ":" + statement.line() + ": the model does not apply: "
                    + e.getMessage().lines().findFirst().orElse("") + " [SQL state " + e.getSQLState() + "]\n  statement: "
                    + abbreviate(statement.sql()), e);
        }
    }

    private static String abbreviate(String sql) {
        String flat = sql.replaceAll("\\s+", " ").strip();
        return flat.length() <= 300 ? flat : flat.substring(0, 297) + "...";
    }

    @Override
    public String toString() {
        return sources.size() == 1 ? sources.get(0).name() : sources.size() + " files";
    }
}
