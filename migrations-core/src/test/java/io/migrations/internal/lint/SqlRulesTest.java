package io.migrations.internal.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.api.Finding;
import io.migrations.api.Rule;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every statement rule finds its risky statement in a SQL revision and stays quiet on the safe way. */
class SqlRulesTest {

    private static final String NON_TRANSACTIONAL = "-- transactional: false";

    @TempDir
    Path folder;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(Rule.NOT_NULL_COLUMN_WITHOUT_DEFAULT, "",
                        "ALTER TABLE users ADD COLUMN email text NOT NULL;",
                        "ALTER TABLE users ADD COLUMN email text NOT NULL DEFAULT '';",
                        "column users.email is added NOT NULL without a default"),
                Arguments.of(Rule.VOLATILE_DEFAULT, "",
                        "ALTER TABLE users ADD COLUMN token uuid DEFAULT gen_random_uuid();",
                        "ALTER TABLE users ADD COLUMN created_at timestamptz DEFAULT now();",
                        "column users.token is added with the volatile default gen_random_uuid()"),
                Arguments.of(Rule.COLUMN_TYPE_CHANGE, "",
                        "ALTER TABLE users ALTER COLUMN score SET DATA TYPE numeric(12,2) USING score::numeric;",
                        "ALTER TABLE users ALTER COLUMN score SET DEFAULT 0;",
                        "column users.score changes its type to numeric(12,2)"),
                Arguments.of(Rule.RENAME_COLUMN, "",
                        "ALTER TABLE users RENAME COLUMN name TO full_name;",
                        "ALTER TABLE users RENAME CONSTRAINT users_name_check TO users_full_name_check;",
                        "column users.name is renamed to full_name"),
                Arguments.of(Rule.RENAME_TABLE, "",
                        "ALTER TABLE public.users RENAME TO accounts;",
                        "CREATE VIEW accounts AS SELECT * FROM users;",
                        "table users is renamed to accounts"),
                Arguments.of(Rule.DROP_COLUMN, "",
                        "ALTER TABLE users DROP COLUMN IF EXISTS legacy;",
                        "ALTER TABLE users DROP CONSTRAINT users_legacy_check;",
                        "column users.legacy is dropped"),
                Arguments.of(Rule.DROP_TABLE, "",
                        "DROP TABLE IF EXISTS legacy, \"Old\" CASCADE;",
                        "DROP VIEW legacy_report;",
                        "table legacy is dropped"),
                Arguments.of(Rule.INDEX_WITHOUT_CONCURRENTLY, "",
                        "CREATE UNIQUE INDEX ix_users_email ON ONLY users (lower(email));",
                        "CREATE TABLE events (id bigint);\nCREATE INDEX ix_events_id ON events (id);",
                        "index ix_users_email is built on table users without CONCURRENTLY"),
                Arguments.of(Rule.CONSTRAINT_WITHOUT_NOT_VALID, "",
                        "ALTER TABLE orders ADD CONSTRAINT fk_orders_user FOREIGN KEY (user_id) REFERENCES users (id);",
                        "ALTER TABLE orders ADD CONSTRAINT fk_orders_user FOREIGN KEY (user_id) REFERENCES users (id) "
                                + "NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT fk_orders_user;",
                        "foreign key constraint fk_orders_user on table orders is added without NOT VALID"),
                Arguments.of(Rule.SET_NOT_NULL_WITHOUT_CHECK, "",
                        "ALTER TABLE users ALTER COLUMN email SET NOT NULL;",
                        "ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL) NOT VALID;\n"
                                + "ALTER TABLE users VALIDATE CONSTRAINT users_email_nn;\n"
                                + "ALTER TABLE users ALTER COLUMN email SET NOT NULL;",
                        "column users.email is set NOT NULL without a validated CHECK (email IS NOT NULL)"),
                Arguments.of(Rule.CONCURRENTLY_IN_TRANSACTION, "",
                        "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_users_email ON users (email);",
                        "CREATE INDEX ix_users_email ON users (email) WHERE note = 'CONCURRENTLY';",
                        "a CONCURRENTLY statement runs in a transactional revision"),
                Arguments.of(Rule.MISSING_IF_EXISTS, NON_TRANSACTIONAL,
                        "CREATE INDEX CONCURRENTLY ix_users_email ON users (email);",
                        "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_users_email ON users (email);",
                        "index ix_users_email is created or dropped without IF [NOT] EXISTS"),
                Arguments.of(Rule.BACKFILL_WITH_DDL, "",
                        "ALTER TABLE users ADD COLUMN status text;\nUPDATE users SET status = 'active';",
                        "UPDATE users SET status = 'active' WHERE status IS NULL;",
                        "UPDATE of table users runs in the same revision as the schema change on line 5"));
    }

    @Test
    void everyRuleHasACaseHereOrInTheRevisionRulesTest() {
        Set<Rule> covered = cases().map(arguments -> (Rule) arguments.get()[0]).collect(Collectors.toSet());
        covered.add(Rule.MISSING_DOWNGRADE);

        assertThat(covered).containsExactlyInAnyOrder(Rule.values());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsTheRiskyStatementWithItsMessage(Rule rule, String header, String risky, String safe, String message) {
        SqlRevisions revisions = new SqlRevisions(folder);
        revisions.add(header, risky, "SELECT 1;");

        List<Finding> findings = revisions.lintLast().active();

        assertThat(findings).filteredOn(finding -> finding.rule() == rule)
                .first()
                .satisfies(finding -> {
                    assertThat(finding.message()).isEqualTo(message);
                    assertThat(finding.line()).isGreaterThanOrEqualTo(5);
                    assertThat(finding.severity()).isEqualTo(rule.severity());
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void acceptsTheSafeWay(Rule rule, String header, String risky, String safe, String message) {
        SqlRevisions revisions = new SqlRevisions(folder);
        revisions.add(header, safe, "SELECT 1;");

        assertThat(revisions.lintLast().findings()).extracting(Finding::rule).doesNotContain(rule);
    }
}
