package io.migrations.internal.connect;

import javax.sql.DataSource;

/**
 * A data source that lends connections it already holds and bounds its own waits, opening new ones through a
 * {@link Connector} of its own, as a fleet's pool does. A {@link Connector} takes connections from it on the caller's
 * thread: the thread and timeout that guard a login would only add a thread start and two hand-offs to every borrow.
 */
public interface LendingDataSource extends DataSource {
}
