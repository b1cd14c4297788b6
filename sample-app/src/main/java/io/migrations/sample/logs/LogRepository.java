package io.migrations.sample.logs;

import io.migrations.sample.jdbc.Inserts;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** LLM call logs in the {@code logs} table. */
@Repository
public class LogRepository {

    private static final String SELECT = "SELECT id, workspace_id, user_id, provider, model, cost_usd, currency, "
            + "latency_ms, status, error, created_at FROM logs";

    private final JdbcClient jdbc;

    public LogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a log and returns it as stored. */
    public LogEntry create(NewLogEntry log) {
        long id = Inserts.returningId(jdbc.sql("INSERT INTO logs (workspace_id, user_id, provider, model, cost_usd, "
                        + "currency, latency_ms, status, error) VALUES (:workspaceId, :userId, :provider, :model, "
                        + ":costUsd, :currency, :latencyMs, :status, :error)")
                .param("workspaceId", log.workspaceId())
                .param("userId", log.userId())
                .param("provider", log.provider())
                .param("model", log.model())
                .param("costUsd", log.costUsd())
                .param("currency", log.currency())
                .param("latencyMs", log.latencyMs())
                .param("status", log.status())
                .param("error", log.error()));
        return find(id).orElseThrow();
    }

    /**
     * The newest logs matching the query. A workspace filter is served by {@code ix_logs_workspace_created_at}, a
     * provider filter by {@code ix_logs_provider}.
     */
    public List<LogEntry> find(LogQuery query) {
        // The casts give PostgreSQL a type for parameters that are compared with NULL only.
        return jdbc.sql(SELECT + " WHERE (CAST(:workspaceId AS BIGINT) IS NULL OR workspace_id = :workspaceId)"
                        + " AND (CAST(:provider AS VARCHAR(50)) IS NULL OR provider = :provider)"
                        + " ORDER BY created_at DESC, id DESC LIMIT :limit")
                .param("workspaceId", query.workspaceId())
                .param("provider", query.provider())
                .param("limit", query.limit())
                .query(LogEntry.class)
                .list();
    }

    /** The log with this id, if any. */
    public Optional<LogEntry> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(LogEntry.class).optional();
    }
}
