package io.migrations.internal.script;

import static io.migrations.ops.Dsl.alter;
import static io.migrations.ops.Dsl.check;
import static io.migrations.ops.Dsl.column;
import static io.migrations.ops.Dsl.deleteFrom;
import static io.migrations.ops.Dsl.foreignKey;
import static io.migrations.ops.Dsl.index;
import static io.migrations.ops.Dsl.sql;
import static io.migrations.ops.Dsl.unique;
import static io.migrations.ops.Dsl.update;
import static io.migrations.ops.Types.BIGINT;
import static io.migrations.ops.Types.INTEGER;
import static io.migrations.ops.Types.numeric;
import static io.migrations.ops.Types.string;
import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.ops.AddColumn;
import io.migrations.ops.AddConstraint;
import io.migrations.ops.BulkInsert;
import io.migrations.ops.ConstraintType;
import io.migrations.ops.CreateTable;
import io.migrations.ops.DropColumn;
import io.migrations.ops.DropConstraint;
import io.migrations.ops.DropIndex;
import io.migrations.ops.DropTable;
import io.migrations.ops.Execute;
import io.migrations.ops.IndexOption;
import io.migrations.ops.Operation;
import io.migrations.ops.ReferentialAction;
import io.migrations.ops.RenameTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Pins version 1 of the canonical form, one operation of each type: if a line here changes, every Java revision
 * using that operation gets a new checksum, and applied revisions would read as edited. Change the form only under
 * a new version, keeping the old checksums as aliases.
 */
class OperationFormTest {

    private static String form(Operation operation) {
        return OperationForm.value(operation);
    }

    @Test
    void eachOperationTypeHasItsPinnedForm() {
        assertThat(form(CreateTable.of("users", List.of(column("id", BIGINT).primaryKey().autoincrement(),
                column("email", string(255)).notNull().unique(), column("score", numeric(10, 2)).serverDefault(0),
                check("score >= 0")))))
                .isEqualTo("CreateTable(table=\"users\", columns=[Column(name=\"id\", type=BIGINT, flags={PRIMARY_KEY}, "
                        + "identity=BY_DEFAULT), Column(name=\"email\", type=Varchar(length=255), flags={NOT_NULL, "
                        + "UNIQUE}), Column(name=\"score\", type=Numeric(precision=10, scale=2), serverDefault=0)], "
                        + "constraints=[PrimaryKey(name=\"users_pkey\", columns=[\"id\"]), Unique(name=\"users_email_key\", "
                        + "columns=[\"email\"]), Check(name=\"users_check\", condition=\"score >= 0\")])");
        assertThat(form(new DropTable("legacy"))).isEqualTo("DropTable(table=\"legacy\")");
        assertThat(form(new RenameTable("a", "b"))).isEqualTo("RenameTable(table=\"a\", newName=\"b\")");
        assertThat(form(new AddColumn("users", column("note", string(10)).serverDefault("it's"))))
                .isEqualTo("AddColumn(table=\"users\", column=Column(name=\"note\", type=Varchar(length=10), "
                        + "serverDefault=\"it's\"))");
        assertThat(form(new DropColumn("users", "note"))).isEqualTo("DropColumn(table=\"users\", column=\"note\")");
        assertThat(form(alter("logs", "cost").setType(INTEGER, "cost::int").setNotNull().dropServerDefault()
                .renameTo("price")))
                .isEqualTo("AlterColumn(table=\"logs\", column=\"cost\", type=TypeChange(type=INTEGER, using=\"cost::int\"), "
                        + "nullable=false, serverDefault=DefaultChange(), newName=\"price\")");
        assertThat(form(index("ix_users_email", "users", "email").unique().concurrently().where("email <> ''")))
                .isEqualTo("CreateIndex(name=\"ix_users_email\", table=\"users\", columns=[\"email\"], "
                        + "options={CONCURRENTLY, UNIQUE}, where=\"email <> ''\")");
        assertThat(form(new DropIndex("ix", Set.of(IndexOption.IF_EXISTS))))
                .isEqualTo("DropIndex(name=\"ix\", options={IF_EXISTS})");
        assertThat(form(new AddConstraint("logs", foreignKey("user_id").references("users", "id")
                .onDelete(ReferentialAction.CASCADE).named("fk_logs_user"))))
                .isEqualTo("AddConstraint(table=\"logs\", constraint=ForeignKey(name=\"fk_logs_user\", columns=[\"user_id\"], "
                        + "referencedTable=\"users\", referencedColumns=[\"id\"], onDelete=CASCADE))");
        assertThat(form(new AddConstraint("logs", unique("a", "b")))).isEqualTo(
                "AddConstraint(table=\"logs\", constraint=Unique(name=\"logs_a_b_key\", columns=[\"a\", \"b\"]))");
        assertThat(form(new DropConstraint("fk", "logs", ConstraintType.FOREIGN_KEY)))
                .isEqualTo("DropConstraint(name=\"fk\", table=\"logs\", type=FOREIGN_KEY)");
        assertThat(form(new Execute(sql("INSERT INTO t VALUES (?, ?, ?)\n", "a\nb", null, new byte[] {1, (byte) 0xff}))))
                .isEqualTo("Execute(statement=SqlExpression(sql=\"INSERT INTO t VALUES (?, ?, ?)\", "
                        + "parameters=[\"a\\nb\", null, bytes(01ff)]))");
        assertThat(form(update("logs").set("status", "slow").where("latency_ms > ?", 1000)))
                .isEqualTo("Update(table=\"logs\", assignments=[Assignment(column=\"status\", value=\"slow\")], "
                        + "conditions=[SqlExpression(sql=\"latency_ms > ?\", parameters=[1000])])");
        assertThat(form(deleteFrom("logs"))).isEqualTo("Delete(table=\"logs\")");
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", 1);
        row.put("price", new BigDecimal("9.50"));
        row.put("day", LocalDate.of(2026, 12, 3));
        assertThat(form(BulkInsert.of("prices", List.of(row))))
                .isEqualTo("BulkInsert(table=\"prices\", columns=[\"day\", \"id\", \"price\"], rows=[{\"day\": "
                        + "LocalDate(\"2026-12-03\"), \"id\": 1, \"price\": 9.50}])");
    }

    @Test
    void anOperationInASchemaWrapsTheOperation() {
        assertThat(form(new io.migrations.ops.InSchema("audit", new DropTable("events"))))
                .isEqualTo("InSchema(schema=\"audit\", operation=DropTable(table=\"events\"))");
    }

    @Test
    void aRevisionsFormNamesItsVersionAndBothDirections() {
        RecordedOperation drop = new RecordedOperation(new DropTable("t"), 12);

        assertThat(OperationForm.of(List.of(drop), Optional.of(List.of())))
                .isEqualTo("migrations-operations/1\nupgrade\nDropTable(table=\"t\")\ndowngrade\n");
        assertThat(OperationForm.of(List.of(drop), Optional.empty()))
                .isEqualTo("migrations-operations/1\nupgrade\nDropTable(table=\"t\")\n");
    }
}
