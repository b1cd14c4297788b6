package io.migrations.internal.connect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * A data source that keeps connections open, such as the command line's pool for the schemas of a fleet, and can
 * lend one at once. Such a connection needs no login, so the {@link Connector} takes it on the caller's thread
 * instead of starting a thread to bound the login: on two CPUs, that thread and its hand-over cost a fleet target
 * more than its own bookkeeping statements do.
 */
public interface OpenConnections {

    /**
     * A connection already open and ready for use, or empty when none is free now (the connector then opens one as
     * for any data source). Whatever it sends to ready the connection runs on the caller's thread, as every later
     * statement of the run does.
     */
    Optional<Connection> lendOpen() throws SQLException;
}
