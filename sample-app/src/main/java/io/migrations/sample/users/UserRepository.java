package io.migrations.sample.users;

import io.migrations.sample.jdbc.Inserts;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users in the {@code users} table. */
@Repository
public class UserRepository {

    private static final String SELECT = "SELECT id, email, name, role, created_at FROM users";

    private final JdbcClient jdbc;

    public UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a user and returns it as stored. */
    public User create(NewUser user) {
        long id = Inserts.returningId(jdbc.sql("INSERT INTO users (email, name, role) VALUES (:email, :name, :role)")
                .param("email", user.email())
                .param("name", user.name())
                .param("role", user.role()));
        return find(id).orElseThrow();
    }

    /** Every user, oldest first. */
    public List<User> findAll() {
        return jdbc.sql(SELECT + " ORDER BY id").query(User.class).list();
    }

    /** The user with this id, if any. */
    public Optional<User> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(User.class).optional();
    }
}
