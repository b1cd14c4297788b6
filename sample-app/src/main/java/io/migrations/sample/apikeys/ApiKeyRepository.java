package io.migrations.sample.apikeys;

import io.migrations.sample.jdbc.Inserts;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** API keys in the {@code api_keys} table, always read within their workspace. */
@Repository
public class ApiKeyRepository {

    private static final String SELECT = "SELECT id, workspace_id, name, prefix, created_at, expires_at, last_used_at, "
            + "revoked_at FROM api_keys WHERE workspace_id = :workspaceId";

    private final JdbcClient jdbc;

    public ApiKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a key's prefix and hash, never the key itself, and returns the stored key. */
    ApiKey create(long workspaceId, NewApiKey apiKey, KeyMaterial material) {
        long id = Inserts.returningId(jdbc.sql("INSERT INTO api_keys (workspace_id, name, prefix, key_hash, expires_at) "
                        + "VALUES (:workspaceId, :name, :prefix, :hash, :expiresAt)")
                .param("workspaceId", workspaceId)
                .param("name", apiKey.name())
                .param("prefix", material.prefix())
                .param("hash", material.hash())
                .param("expiresAt", apiKey.expiresAt()));
        return find(workspaceId, id).orElseThrow();
    }

    /** The workspace's keys, oldest first; uses {@code ix_api_keys_workspace}. */
    public List<ApiKey> findByWorkspace(long workspaceId) {
        return jdbc.sql(SELECT + " ORDER BY id").param("workspaceId", workspaceId).query(ApiKey.class).list();
    }

    /** The key with this id, if it belongs to the workspace. */
    public Optional<ApiKey> find(long workspaceId, long id) {
        return jdbc.sql(SELECT + " AND id = :id").param("workspaceId", workspaceId).param("id", id)
                .query(ApiKey.class).optional();
    }
}
