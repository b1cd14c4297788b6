package io.migrations.ops;

/**
 * One method per kind of {@link Operation}, so that a dialect cannot forget one: adding an operation breaks the
 * build of every renderer until it handles it.
 *
 * @param <R> what the visit produces, e.g. the SQL statements of the operation
 */
public interface OperationVisitor<R> {

    R createTable(CreateTable operation);

    R dropTable(DropTable operation);

    R renameTable(RenameTable operation);

    R addColumn(AddColumn operation);

    R dropColumn(DropColumn operation);

    R alterColumn(AlterColumn operation);

    R createIndex(CreateIndex operation);

    R dropIndex(DropIndex operation);

    R addConstraint(AddConstraint operation);

    R dropConstraint(DropConstraint operation);

    R execute(Execute operation);

    R bulkInsert(BulkInsert operation);

    R update(Update operation);

    R delete(Delete operation);

    /** An operation in a named schema; render {@link InSchema#operation()} with its names qualified. */
    R inSchema(InSchema operation);
}
