package io.migrations.ops;

import static io.migrations.ops.Dsl.alter;
import static io.migrations.ops.Dsl.check;
import static io.migrations.ops.Dsl.column;
import static io.migrations.ops.Dsl.foreignKey;
import static io.migrations.ops.Dsl.index;
import static io.migrations.ops.Dsl.primaryKey;
import static io.migrations.ops.Dsl.sql;
import static io.migrations.ops.Dsl.unique;
import static io.migrations.ops.Dsl.update;
import static io.migrations.ops.Types.INTEGER;
import static io.migrations.ops.Types.TEXT;
import static io.migrations.ops.Types.numeric;
import static io.migrations.ops.Types.raw;
import static io.migrations.ops.Types.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.api.OperationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the DSL records, and the mistakes it rejects while recording, before any dialect is involved. */
class OperationsTest {

    private final List<Operation> recorded = new ArrayList<>();
    private final Operations op = recorded::add;

    @Test
    void createTableTurnsColumnFlagsIntoNamedConstraints() {
        op.createTable("users", column("id", INTEGER).primaryKey(), column("email", TEXT).unique(),
                check("length(email) > 3"), foreignKey("id").references("people", "id"));
        CreateTable table = (CreateTable) recorded.get(0);
        assertThat(table.constraints()).containsExactly(
                new PrimaryKey(Optional.of("users_pkey"), List.of("id")),
                new Unique(Optional.of("users_email_key"), List.of("email")),
                new Check(Optional.of("users_check"), "length(email) > 3"),
                new ForeignKey(Optional.of("users_id_fkey"), List.of("id"), "people", List.of("id"), Optional.empty(),
                        Optional.empty()));
        assertThat(table.columns().get(0).isNullable()).isFalse();
        assertThat(table.columns().get(1).isNullable()).isTrue();
    }

    @Test
    void columnFlagsCombineIntoOneCompositeKey() {
        op.createTable("memberships", column("org_id", INTEGER).primaryKey(), column("user_id", INTEGER).primaryKey());
        assertThat(((CreateTable) recorded.get(0)).constraints())
                .containsExactly(new PrimaryKey(Optional.of("memberships_pkey"), List.of("org_id", "user_id")));
    }

    @Test
    void createTableRejectsTwoPrimaryKeysDuplicateNamesAndNoColumns() {
        assertThatThrownBy(() -> op.createTable("t", column("id", INTEGER).primaryKey(), primaryKey("id")))
                .isInstanceOf(OperationException.class).hasMessageContaining("has two primary keys");
        assertThatThrownBy(() -> op.createTable("t", column("a", INTEGER), column("a", TEXT)))
                .isInstanceOf(OperationException.class).hasMessage("createTable(t) defines the column a twice; "
                        + "rename one of them");
        assertThatThrownBy(() -> op.createTable("t", column("a", INTEGER), check("a > 0"), check("a < 9")))
                .isInstanceOf(OperationException.class).hasMessage("createTable(t) defines the constraint t_check "
                        + "twice; rename one of them");
        assertThatThrownBy(() -> op.createTable("t", unique("a")))
                .isInstanceOf(OperationException.class).hasMessageContaining("has no columns");
        assertThat(recorded).isEmpty();
    }

    @Test
    void columnsRejectIdentityOnNonIntegersAndIdentityWithDefault() {
        assertThatThrownBy(() -> column("id", string(10)).autoincrement())
                .isInstanceOf(OperationException.class)
                .hasMessage("Column id is Varchar[length=10] but identity/autoincrement needs INTEGER, BIGINT or "
                        + "SMALLINT; change the type or drop autoincrement()");
        assertThatThrownBy(() -> column("id", INTEGER).serverDefault(1).autoincrement())
                .isInstanceOf(OperationException.class).hasMessageContaining("both a server default and identity");
    }

    @Test
    void typesRejectImpossibleParameters() {
        assertThatThrownBy(() -> string(0)).isInstanceOf(OperationException.class).hasMessageStartingWith("string(0)");
        assertThatThrownBy(() -> numeric(4, 5)).isInstanceOf(OperationException.class)
                .hasMessageStartingWith("numeric(4, 5)");
        assertThatThrownBy(() -> raw(" ")).isInstanceOf(OperationException.class);
    }

    @Test
    void alterColumnMustChangeSomething() {
        assertThatThrownBy(() -> op.alterColumn(alter("logs", "cost").existingServerDefault(sql("0"))))
                .isInstanceOf(OperationException.class)
                .hasMessage("alterColumn(logs.cost) changes nothing; call setType, setNotNull, dropNotNull, "
                        + "setServerDefault, dropServerDefault or renameTo");
        op.alterColumn(alter("logs", "cost").dropServerDefault());
        assertThat(((AlterColumn) recorded.get(0)).serverDefault())
                .contains(new AlterColumn.DefaultChange(Optional.empty()));
    }

    @Test
    void indexOptionsAreCheckedPerOperation() {
        assertThatThrownBy(() -> op.dropIndex("ix", IndexOption.UNIQUE))
                .isInstanceOf(OperationException.class)
                .hasMessageStartingWith("dropIndex(ix) does not take UNIQUE");
        op.dropIndex("ix", IndexOption.IF_EXISTS, IndexOption.IF_EXISTS);
        op.createIndex(index("ix", "t", "a").unique().unique());
        assertThat(((DropIndex) recorded.get(0)).options()).containsExactly(IndexOption.IF_EXISTS);
        assertThat(((CreateIndex) recorded.get(1)).options()).containsExactly(IndexOption.UNIQUE);
    }

    @Test
    void foreignKeysPairColumns() {
        assertThatThrownBy(() -> foreignKey("a", "b").references("t", "id"))
                .isInstanceOf(OperationException.class)
                .hasMessage("Foreign key [a, b] -> t[id] pairs 2 column(s) with 1; give one referenced column per "
                        + "referencing column");
    }

    @Test
    void placeholderCountMustMatchParameters() {
        assertThatThrownBy(() -> op.execute("UPDATE t SET a = ? WHERE b = ?", 1))
                .isInstanceOf(OperationException.class).hasMessageContaining("has 2 ? placeholder(s) but 1 value(s)");
        assertThatThrownBy(() -> update("t").set("a", 1).where("b = ?", 1, 2))
                .isInstanceOf(OperationException.class);
        op.execute("SELECT data ? 'k' FROM t");
        op.execute("UPDATE t SET a = ?", (Object) null);
        assertThat(((Execute) recorded.get(1)).statement().parameters()).isEqualTo(Arrays.asList((Object) null));
    }

    @Test
    void executeDropsTheTrailingSemicolon() {
        op.execute("  DELETE FROM t ;; \n");
        assertThat(((Execute) recorded.get(0)).statement().sql()).isEqualTo("DELETE FROM t");
    }

    @Test
    void bulkInsertSortsColumnsAndRejectsEmptyRows() {
        op.bulkInsert("t", List.of(Map.of("b", 1, "a", 2), Map.of("c", 3)));
        BulkInsert insert = (BulkInsert) recorded.get(0);
        assertThat(insert.columns()).containsExactly("a", "b", "c");
        assertThat(insert.rows()).containsExactly(Map.of("a", 2, "b", 1), Map.of("c", 3));
        assertThatThrownBy(() -> op.bulkInsert("t", List.of(Map.of("a", 1), Map.of())))
                .isInstanceOf(OperationException.class)
                .hasMessage("bulkInsert(t): row 2 sets no column; give each row at least one value");
    }

    @Test
    void addConstraintNamesAnUnnamedConstraint() {
        assertThat(new AddConstraint("logs", unique("a", "b")).constraint().name()).contains("logs_a_b_key");
        assertThat(new AddColumn("logs", column("a", INTEGER).primaryKey().unique()).impliedConstraints())
                .extracting(TableConstraint::name, TableConstraint::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Optional.of("logs_pkey"), ConstraintType.PRIMARY_KEY),
                        org.assertj.core.groups.Tuple.tuple(Optional.of("logs_a_key"), ConstraintType.UNIQUE));
    }

    @Test
    void namesMustNotBeBlank() {
        assertThatThrownBy(() -> op.dropTable(" ")).isInstanceOf(OperationException.class)
                .hasMessage("The table name is missing; give a non-empty name");
        assertThatThrownBy(() -> op.createIndex("ix", "t")).isInstanceOf(OperationException.class)
                .hasMessage("No index column given; name at least one");
        assertThat(recorded).isEmpty();
    }

    @Test
    void inSchemaPlacesEveryOperationInTheSchemaTheLastCallNames() {
        Operations audit = op.inSchema("audit");
        audit.createTable("events", column("id", INTEGER));
        audit.inSchema("archive").dropTable("events");
        audit.apply(new DropTable("old"));

        assertThat(recorded).containsExactly(
                new InSchema("audit", CreateTable.of("events", List.of(column("id", INTEGER)))),
                new InSchema("archive", new DropTable("events")),
                new InSchema("audit", new DropTable("old")));
        assertThatThrownBy(() -> audit.execute("DELETE FROM events")).isInstanceOf(OperationException.class)
                .hasMessageContaining("qualify the names in the SQL itself");
        assertThatThrownBy(() -> op.inSchema(" ")).isInstanceOf(OperationException.class)
                .hasMessage("The schema name is missing; give a non-empty name");
    }

    /** PostgreSQL would create a table literally called "audit.events", which nobody means. */
    @Test
    void aDottedNameIsRefusedPointingToInSchema() {
        assertThatThrownBy(() -> op.createTable("audit.events", column("id", INTEGER)))
                .isInstanceOf(OperationException.class)
                .hasMessage("The table name \"audit.events\" contains a dot, which would become part of the name "
                        + "itself, not a schema; for events in schema audit write op.inSchema(\"audit\") and the "
                        + "name \"events\"");
        assertThatThrownBy(() -> op.addColumn("t", column("a.b.c", INTEGER))).isInstanceOf(OperationException.class)
                .hasMessageContaining("The column name \"a.b.c\" contains a dot");
        assertThatThrownBy(() -> op.execute(update("audit.events").set("a", 1))).isInstanceOf(OperationException.class);
        assertThatThrownBy(() -> op.inSchema("audit.x")).isInstanceOf(OperationException.class);
    }
}
