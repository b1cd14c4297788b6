package io.migrations.spring.model;

import io.migrations.api.MigrationsException;
import java.util.List;

/** The migrated database differs from the model, with {@code migrations.model-check=fail}. */
public class ModelMismatchException extends MigrationsException {

    private final List<String> differences;

    /**
     * @param model       the model compared with
     * @param differences one line per difference
     */
    public ModelMismatchException(String model, List<String> differences) {
        super("The database differs from the model " + model + " in " + differences.size()
                + (differences.size() == 1 ? " place" : " places") + ":\n  " + String.join("\n  ", differences));
        this.differences = List.copyOf(differences);
    }

    /** One line per difference. */
    public List<String> differences() {
        return differences;
    }

    @Override
    public boolean isUserError() {
        return false;
    }
}
