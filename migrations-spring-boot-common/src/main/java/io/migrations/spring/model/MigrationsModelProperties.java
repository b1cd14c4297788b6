package io.migrations.spring.model;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings {@code migrations.model-check} and {@code migrations.model}: the migrated database against the model. */
@ConfigurationProperties("migrations")
public class MigrationsModelProperties {

    /**
     * Whether to compare the migrated database with the model at startup: 'off', 'warn' (log the differences) or
     * 'fail' (stop the start). When not 'off', the migrations endpoint lists the differences in its 'model' section.
     * The model is applied to a throwaway database on the same server, so the user needs CREATEDB.
     */
    private ModelCheck modelCheck = ModelCheck.OFF;

    /**
     * The schema the database should have: 'classpath:db/schema.sql', a file path, 'jpa:<package>[,<package>...]'
     * (JPA entities, with io.migrations:migrations-hibernate) or 'url:<database url>'. Defaults to schema.sql next
     * to the revisions folder when there is one, else the entities of the application's EntityManagerFactory.
     */
    private @Nullable String model;

    public ModelCheck getModelCheck() {
        return modelCheck;
    }

    public void setModelCheck(ModelCheck modelCheck) {
        this.modelCheck = modelCheck;
    }

    public @Nullable String getModel() {
        return model;
    }

    public void setModel(@Nullable String model) {
        this.model = model;
    }

    /** What a difference between the database and the model does at startup. */
    public enum ModelCheck {
        /** No check. */
        OFF,
        /** Log the differences as a warning. */
        WARN,
        /** Stop the start, listing the differences. */
        FAIL
    }
}
