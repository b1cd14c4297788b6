package io.migrations.maven;

import io.migrations.Migrations;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code migrations:downgrade}: undoes revisions down to the target, or prints their SQL. */
@Mojo(name = "downgrade", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class DowngradeMojo extends ChangeMojo {

    /** Target: -1, an id or prefix, base, label@base; with sql also &lt;from&gt;:&lt;to&gt;. Required. */
    @Parameter(property = "migrations.target", required = true)
    String target;

    @Override
    String script(Migrations migrations) {
        return migrations.downgradeSql(target);
    }

    @Override
    void change(Migrations migrations) {
        migrations.downgrade(target);
    }
}
