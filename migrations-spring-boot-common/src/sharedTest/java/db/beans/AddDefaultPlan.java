package db.beans;

import io.migrations.java.Migration;
import io.migrations.java.Revision;
import io.migrations.ops.Operations;
import org.springframework.core.env.Environment;

/** A Java revision that is a Spring bean: what it inserts comes from the application's settings. */
@Revision(id = "j2", down = "j1", message = "Add the default plan")
public class AddDefaultPlan implements Migration {

    private final String plan;

    public AddDefaultPlan(Environment environment) {
        this.plan = environment.getRequiredProperty("app.default-plan");
    }

    @Override
    public void upgrade(Operations op) {
        op.execute("INSERT INTO plan (name) VALUES (?)", plan);
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("DELETE FROM plan WHERE name = ?", plan);
    }
}
