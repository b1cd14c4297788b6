package io.migrations.internal.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TransactionControlTest {

    @Test
    void namesTheCommandAStatementStartsWith() {
        assertThat(TransactionControl.of("BEGIN")).contains("BEGIN");
        assertThat(TransactionControl.of("begin transaction isolation level serializable")).contains("BEGIN");
        assertThat(TransactionControl.of("-- why\nStart Transaction")).contains("START TRANSACTION");
        assertThat(TransactionControl.of("COMMIT AND NO CHAIN")).contains("COMMIT");
        assertThat(TransactionControl.of("end work")).contains("END");
        assertThat(TransactionControl.of("ROLLBACK")).contains("ROLLBACK");
        assertThat(TransactionControl.of("ABORT")).contains("ABORT");
        assertThat(TransactionControl.of("PREPARE TRANSACTION 't'")).contains("PREPARE TRANSACTION");
        assertThat(TransactionControl.of("ROLLBACK PREPARED 't'")).contains("ROLLBACK");
    }

    @Test
    void savepointsBodiesAndOtherStatementsAreNot() {
        assertThat(TransactionControl.of("ROLLBACK TO SAVEPOINT s")).isEmpty();
        assertThat(TransactionControl.of("rollback to s")).isEmpty();
        assertThat(TransactionControl.of("SAVEPOINT s")).isEmpty();
        assertThat(TransactionControl.of("RELEASE SAVEPOINT s")).isEmpty();
        assertThat(TransactionControl.of("START REPLICATION")).isEmpty();
        assertThat(TransactionControl.of("PREPARE q AS SELECT 1")).isEmpty();
        assertThat(TransactionControl.of("DO $$ BEGIN COMMIT; END $$")).isEmpty();
        assertThat(TransactionControl.of("\"begin\"")).isEmpty();
        assertThat(TransactionControl.of("SELECT 'COMMIT'")).isEmpty();
        assertThat(TransactionControl.of("")).isEmpty();
    }
}
