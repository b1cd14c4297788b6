package io.migrations.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A random schema that uses every kind of object autogenerate covers, described by a few dozen independent choices
 * ("knobs", each with a handful of options) and rendered as SQL. A second schema is the first with some choices
 * rolled again, so a pair differs in a random subset of objects and attributes, as a model and the revisions do.
 *
 * <p>The kinds: schemas, extensions, enums (values added, renamed, removed, reordered), domains, composite types,
 * sequences, columns (identity, generated, collation, default, nullability, type changes cast with {@code USING}),
 * primary key, unique (also deferrable), check (also {@code NOT VALID}, also naming an enum value), foreign key
 * (actions, {@code DEFERRABLE}, {@code NOT VALID}) and exclusion constraints, indexes (unique, partial, also on an
 * enum value, expression, method, {@code INCLUDE}), views over views and over functions, materialized views with an
 * index, functions and procedures (body, result type, argument names and defaults, overloads), triggers, policies,
 * row-level security, comments, and a partitioned table with its partitions.
 */
final class RandomSchema {

    /** Every knob and its number of options; option 0 is the simplest (often: absent). */
    private static final Map<String, Integer> KNOBS = knobs();

    private final Map<String, Integer> choices;

    private RandomSchema(Map<String, Integer> choices) {
        this.choices = Map.copyOf(choices);
    }

    private static Map<String, Integer> knobs() {
        Map<String, Integer> knobs = new LinkedHashMap<>();
        knobs.put("schema.app", 3);
        knobs.put("extension.citext", 2);
        knobs.put("enum.mood", 5);
        knobs.put("enum.comment", 2);
        knobs.put("domain.check", 2);
        knobs.put("domain.default", 2);
        knobs.put("domain.notnull", 2);
        knobs.put("composite.address", 3);
        knobs.put("sequence.tickets", 4);
        knobs.put("users.id", 3);
        knobs.put("users.email", 4);
        knobs.put("users.nick", 3);
        knobs.put("users.mood", 3);
        knobs.put("users.mood_named", 3);
        knobs.put("users.score", 3);
        knobs.put("users.created", 2);
        knobs.put("users.home", 2);
        knobs.put("users.bonus", 2);
        knobs.put("users.email_lower", 2);
        knobs.put("users.unique_email", 3);
        knobs.put("users.check_score", 3);
        knobs.put("users.ix_created", 3);
        knobs.put("users.ix_email", 4);
        knobs.put("users.ix_method", 4);
        knobs.put("users.comment", 3);
        knobs.put("users.email_comment", 2);
        knobs.put("users.rls", 3);
        knobs.put("users.policy", 3);
        knobs.put("posts", 3);
        knobs.put("posts.fk", 4);
        knobs.put("posts.ix_user", 3);
        knobs.put("cache", 3);
        knobs.put("cache.fillfactor", 2);
        knobs.put("events", 3);
        knobs.put("events.ix_at", 2);
        knobs.put("bookings", 2);
        knobs.put("view.active", 3);
        knobs.put("view.active.barrier", 2);
        knobs.put("view.active.comment", 2);
        knobs.put("view.emails", 2);
        knobs.put("view.labels", 2);
        knobs.put("matview.counts", 3);
        knobs.put("function.add_one_int", 3);
        knobs.put("function.add_one_big", 2);
        knobs.put("function.label", 3);
        knobs.put("function.label.args", 3);
        knobs.put("function.touch", 2);
        knobs.put("procedure.forget", 2);
        knobs.put("trigger.users", 4);
        return knobs;
    }

    /** A schema with every choice random. */
    static RandomSchema random(Random random) {
        Map<String, Integer> choices = new LinkedHashMap<>();
        KNOBS.forEach((knob, options) -> choices.put(knob, random.nextInt(options)));
        return new RandomSchema(choices);
    }

    /** This schema with each choice rolled again with probability {@code rate}. */
    RandomSchema mutate(Random random, double rate) {
        Map<String, Integer> changed = new LinkedHashMap<>(choices);
        KNOBS.forEach((knob, options) -> {
            if (random.nextDouble() < rate) {
                changed.put(knob, random.nextInt(options));
            }
        });
        return new RandomSchema(changed);
    }

    private int is(String knob) {
        return choices.get(knob);
    }

    private boolean on(String knob) {
        return choices.get(knob) != 0;
    }

    /** The choices, for failure messages. */
    @Override
    public String toString() {
        return choices.toString();
    }

    /** The schema as SQL statements, each ending with a semicolon. */
    String sql() {
        List<String> sql = new ArrayList<>();
        if (on("schema.app")) {
            sql.add("CREATE SCHEMA app");
            if (is("schema.app") == 2) {
                sql.add("COMMENT ON SCHEMA app IS 'application objects'");
            }
        }
        if (on("extension.citext")) {
            sql.add("CREATE EXTENSION citext");
        }
        types(sql);
        if (on("sequence.tickets")) {
            int options = is("sequence.tickets");
            sql.add("CREATE SEQUENCE " + (on("schema.app") ? "app." : "") + "tickets" + (options == 2
                    ? " INCREMENT 5 START 100" : options == 3 ? " AS integer CACHE 10 CYCLE" : ""));
        }
        routines(sql);
        users(sql);
        posts(sql);
        others(sql);
        views(sql);
        triggers(sql);
        StringBuilder text = new StringBuilder();
        sql.forEach(statement -> text.append(statement).append(";\n"));
        return text.toString();
    }

    private List<String> moods() {
        return switch (is("enum.mood")) {
            case 0 -> List.of("sad", "ok");
            case 1 -> List.of("sad", "ok", "happy");
            case 2 -> List.of("sad", "fine");
            case 3 -> List.of("happy", "sad", "ok");
            default -> List.of("ok", "meh");
        };
    }

    private void types(List<String> sql) {
        sql.add("CREATE TYPE mood AS ENUM (" + String.join(", ", moods().stream().map(v -> "'" + v + "'").toList()) + ")");
        if (on("enum.comment")) {
            sql.add("COMMENT ON TYPE mood IS 'how a user feels'");
        }
        sql.add("CREATE DOMAIN positive AS integer" + (on("domain.default") ? " DEFAULT 1" : "")
                + (on("domain.notnull") ? " NOT NULL" : "") + " CONSTRAINT positive_check CHECK (VALUE "
                + (on("domain.check") ? ">=" : ">") + " 0)");
        sql.add("CREATE TYPE address AS (street text, zip " + switch (is("composite.address")) {
            case 0 -> "text)";
            case 1 -> "varchar(10))";
            default -> "text, city text)";
        });
    }

    private void routines(List<String> sql) {
        if (on("function.add_one_int")) {
            sql.add("CREATE FUNCTION add_one(integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT $1 + "
                    + is("function.add_one_int") + "'");
        }
        if (on("function.add_one_big")) {
            sql.add("CREATE FUNCTION add_one(bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS 'SELECT $1 + 1'");
            sql.add("COMMENT ON FUNCTION add_one(bigint) IS 'the wide one'");
        }
        if (on("function.label")) {
            String argument = switch (is("function.label.args")) {
                case 0 -> "id bigint";
                case 1 -> "user_id bigint";
                default -> "id bigint DEFAULT 0";
            };
            sql.add("CREATE FUNCTION label(" + argument + ") RETURNS " + (is("function.label") == 1 ? "text" : "varchar")
                    + " LANGUAGE sql STABLE AS $$ SELECT 'user ' || $1 $$");
        }
        sql.add("CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                + (on("function.touch") ? "NEW := NEW; " : "") + "RETURN NEW; END $$");
        if (on("procedure.forget")) {
            sql.add("CREATE PROCEDURE forget(days integer) LANGUAGE sql AS $$ SELECT days $$");
            sql.add("COMMENT ON PROCEDURE forget(integer) IS 'retention'");
        }
    }

    private boolean hasScore() {
        return on("users.score");
    }

    private boolean hasMood() {
        return on("users.mood");
    }

    private void users(List<String> sql) {
        List<String> columns = new ArrayList<>();
        columns.add(switch (is("users.id")) {
            case 0 -> "id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY";
            case 1 -> "id bigint GENERATED BY DEFAULT AS IDENTITY (START WITH 10 INCREMENT BY 2) PRIMARY KEY";
            default -> "id bigint PRIMARY KEY";
        });
        columns.add(switch (is("users.email")) {
            case 0 -> "email text NOT NULL";
            case 1 -> "email varchar(200) NOT NULL";
            case 2 -> "email text";
            default -> "email text COLLATE \"C\" NOT NULL";
        });
        if (on("users.nick")) {
            columns.add("nick " + (is("users.nick") == 2 && on("extension.citext") ? "citext" : "text"));
        }
        if (hasMood()) {
            columns.add("mood mood" + (is("users.mood") == 2 ? " DEFAULT '" + moods().get(0) + "'" : ""));
        }
        if (hasScore()) {
            columns.add(is("users.score") == 1 ? "score integer NOT NULL DEFAULT 0" : "score numeric(10,2)");
        }
        if (on("users.created")) {
            columns.add("created_at timestamptz NOT NULL DEFAULT now()");
        }
        if (on("users.home")) {
            columns.add("home address");
        }
        if (on("users.bonus")) {
            columns.add("bonus positive");
        }
        if (on("users.email_lower")) {
            columns.add("email_lower text GENERATED ALWAYS AS (lower(email)) STORED");
        }
        if (on("users.unique_email")) {
            columns.add("CONSTRAINT users_email_key UNIQUE (email)" + (is("users.unique_email") == 2
                    ? " DEFERRABLE INITIALLY DEFERRED" : ""));
        }
        sql.add("CREATE TABLE users (" + String.join(", ", columns) + ")");
        if (hasMood() && on("users.mood_named")) {
            List<String> moods = moods();
            sql.add(is("users.mood_named") == 1
                    ? "ALTER TABLE users ADD CONSTRAINT ck_users_mood CHECK (mood <> '" + moods.get(moods.size() - 1) + "')"
                    : "CREATE INDEX ix_users_mood ON users (id) WHERE mood = '" + moods.get(0) + "'");
        }
        if (hasScore() && on("users.check_score")) {
            sql.add("ALTER TABLE users ADD CONSTRAINT ck_users_score CHECK (score >= 0)"
                    + (is("users.check_score") == 2 ? " NOT VALID" : ""));
        }
        if (on("users.created") && on("users.ix_created")) {
            sql.add("CREATE INDEX ix_users_created ON users (created_at" + (is("users.ix_created") == 2 ? " DESC" : "")
                    + ")");
        }
        switch (is("users.ix_email")) {
            case 1 -> sql.add("CREATE INDEX ix_users_email ON users (lower(email))");
            case 2 -> sql.add("CREATE INDEX ix_users_email ON users (lower(email)) WHERE email IS NOT NULL");
            case 3 -> sql.add("CREATE UNIQUE INDEX ix_users_email ON users (email) INCLUDE (id)");
            default -> { }
        }
        switch (is("users.ix_method")) {
            case 1 -> sql.add("CREATE INDEX ix_users_lookup ON users USING hash (email)");
            case 2 -> sql.add("CREATE INDEX ix_users_lookup ON users USING brin (id)");
            case 3 -> sql.add("CREATE INDEX ix_users_lookup ON users USING btree (email)");
            default -> { }
        }
        if (on("users.comment")) {
            sql.add("COMMENT ON TABLE users IS '" + (is("users.comment") == 1 ? "people" : "the users") + "'");
        }
        if (on("users.email_comment")) {
            sql.add("COMMENT ON COLUMN users.email IS 'login'");
        }
        if (on("users.rls")) {
            sql.add("ALTER TABLE users ENABLE ROW LEVEL SECURITY");
            if (is("users.rls") == 2) {
                sql.add("ALTER TABLE users FORCE ROW LEVEL SECURITY");
            }
        }
        if (on("users.policy")) {
            sql.add("CREATE POLICY users_visible ON users FOR SELECT USING (id > " + is("users.policy") + ")");
        }
    }

    private void posts(List<String> sql) {
        if (!on("posts")) {
            return;
        }
        sql.add("CREATE TABLE posts (id bigint PRIMARY KEY, user_id bigint, title "
                + (is("posts") == 1 ? "text" : "varchar(100)") + ", body text)");
        switch (is("posts.fk")) {
            case 1 -> sql.add("ALTER TABLE posts ADD CONSTRAINT fk_posts_user FOREIGN KEY (user_id) REFERENCES users (id)");
            case 2 -> sql.add("ALTER TABLE posts ADD CONSTRAINT fk_posts_user FOREIGN KEY (user_id) REFERENCES users (id) "
                    + "ON DELETE CASCADE DEFERRABLE");
            case 3 -> sql.add("ALTER TABLE posts ADD CONSTRAINT fk_posts_user FOREIGN KEY (user_id) REFERENCES users (id) "
                    + "NOT VALID");
            default -> { }
        }
        if (on("posts.ix_user")) {
            sql.add("CREATE INDEX ix_posts_user ON posts (user_id)" + (is("posts.ix_user") == 2 ? " INCLUDE (title)" : ""));
        }
    }

    private void others(List<String> sql) {
        if (on("cache")) {
            sql.add("CREATE " + (is("cache") == 1 ? "UNLOGGED " : "") + "TABLE cache (k text PRIMARY KEY, v jsonb)"
                    + (on("cache.fillfactor") ? " WITH (fillfactor = 70)" : ""));
        }
        if (on("events")) {
            sql.add("CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, payload text, PRIMARY KEY (id, at)) "
                    + "PARTITION BY RANGE (at)");
            sql.add("CREATE TABLE events_2026_01 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2026-02-01')");
            if (is("events") == 2) {
                sql.add("CREATE TABLE events_2026_02 PARTITION OF events FOR VALUES FROM ('2026-02-01') TO ('2026-03-01')");
            }
            sql.add("CREATE TABLE events_rest PARTITION OF events DEFAULT");
            if (on("events.ix_at")) {
                sql.add("CREATE INDEX ix_events_at ON events (at)");
            }
        }
        if (on("bookings")) {
            sql.add("CREATE TABLE bookings (id int PRIMARY KEY, during tsrange, "
                    + "CONSTRAINT no_overlap EXCLUDE USING gist (during WITH &&))");
        }
    }

    private void views(List<String> sql) {
        boolean active = on("view.active");
        if (active) {
            String where = is("view.active") == 2 && hasMood() ? " WHERE mood IS NOT NULL" : "";
            sql.add("CREATE VIEW active_users" + (on("view.active.barrier") ? " WITH (security_barrier = true)" : "")
                    + " AS SELECT id, email FROM users" + where);
            if (on("view.active.comment")) {
                sql.add("COMMENT ON VIEW active_users IS 'not hidden'");
                sql.add("COMMENT ON COLUMN active_users.email IS 'their login'");
            }
            if (on("view.emails")) {
                sql.add("CREATE VIEW active_emails AS SELECT email FROM active_users");
            }
            if (on("view.labels") && on("function.label")) {
                sql.add("CREATE VIEW active_labels AS SELECT label(id) AS label FROM active_users");
            }
        }
        if (on("matview.counts")) {
            sql.add("CREATE MATERIALIZED VIEW user_counts AS SELECT " + (is("matview.counts") == 2 && hasMood()
                    ? "mood, count(*) AS n FROM users GROUP BY mood" : "count(*) AS n FROM users"));
            sql.add("CREATE UNIQUE INDEX ix_user_counts ON user_counts (n)");
            sql.add("COMMENT ON MATERIALIZED VIEW user_counts IS 'per mood'");
        }
    }

    private void triggers(List<String> sql) {
        switch (is("trigger.users")) {
            case 1 -> sql.add("CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch()");
            case 2 -> sql.add("CREATE TRIGGER users_touch BEFORE INSERT OR UPDATE ON users FOR EACH ROW "
                    + "EXECUTE FUNCTION touch()");
            case 3 -> {
                sql.add("CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch()");
                sql.add("ALTER TABLE users DISABLE TRIGGER users_touch");
                sql.add("COMMENT ON TRIGGER users_touch ON users IS 'off for now'");
            }
            default -> { }
        }
    }
}
