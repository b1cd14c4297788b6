package io.migrations.internal.autogen;

import io.migrations.internal.connect.DatabaseUrl;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What the schema should be: SQL applied to a throwaway database, or a reference database as it is.
 */
public sealed interface Model permits Model.Sql, Model.Database {

    /**
     * SQL files.
     *
     * @param path a {@code .sql} file or a folder of them
     */
    record Sql(Path path) implements Model {

        ModelScript script() {
            return ModelScript.of(path);
        }

        @Override
        public String toString() {
            return path.toString();
        }
    }

    /**
     * A reference database, read as it is.
     *
     * @param url its URL
     */
    record Database(DatabaseUrl url) implements Model {

        @Override
        public String toString() {
            return "url:" + url.redactedUrl();
        }
    }

    /**
     * Reads a {@code --model} value: {@code url:<database url>}, or a path relative to {@code base}.
     *
     * @param user     the user for a database URL that names none
     * @param password its password
     * @throws AutogenerateException for {@code jpa:} (which needs the migrations-hibernate module) or a blank value
     */
    static Model parse(String value, Path base, String user, String password) {
        String spec = value == null ? "" : value.strip();
        if (spec.isEmpty()) {
            throw new AutogenerateException("--model needs a value: a .sql file, a folder of .sql files, or "
                    + "url:<database url>");
        }
        if (spec.toLowerCase(Locale.ROOT).startsWith("url:")) {
            DatabaseUrl url = DatabaseUrl.parse(spec.substring(4), null, null);
            return new Database(url.user() != null ? url : new DatabaseUrl(url.jdbcUrl(), user, password));
        }
        if (spec.toLowerCase(Locale.ROOT).startsWith("jpa:")) {
            throw new AutogenerateException("--model " + spec + ": JPA models need the migrations-hibernate module, "
                    + "which is not on the classpath; give a .sql model or url:<database url>");
        }
        return new Sql(base.resolve(spec).normalize());
    }
}
