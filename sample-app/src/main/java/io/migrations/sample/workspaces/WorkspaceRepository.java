package io.migrations.sample.workspaces;

import io.migrations.sample.jdbc.Inserts;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Workspaces in the {@code workspaces} table. */
@Repository
public class WorkspaceRepository {

    private static final String SELECT = "SELECT id, name, slug, plan, created_at FROM workspaces";

    private final JdbcClient jdbc;

    public WorkspaceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a workspace and returns it as stored. */
    public Workspace create(NewWorkspace workspace) {
        long id = Inserts.returningId(jdbc.sql("INSERT INTO workspaces (name, slug, plan) VALUES (:name, :slug, :plan)")
                .param("name", workspace.name())
                .param("slug", workspace.slug())
                .param("plan", workspace.plan()));
        return find(id).orElseThrow();
    }

    /** Every workspace, oldest first. */
    public List<Workspace> findAll() {
        return jdbc.sql(SELECT + " ORDER BY id").query(Workspace.class).list();
    }

    /** The workspace with this id, if any. */
    public Optional<Workspace> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(Workspace.class).optional();
    }
}
