package io.migrations.maven;

import io.migrations.Migrations;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code migrations:upgrade}: applies revisions up to the target, or prints their SQL. */
@Mojo(name = "upgrade", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class UpgradeMojo extends ChangeMojo {

    /** Target: heads (default), head, an id or prefix, +2, &lt;id&gt;+1, label@head; with sql also &lt;from&gt;:&lt;to&gt;. */
    @Parameter(property = "migrations.target", defaultValue = "heads")
    String target;

    @Override
    String script(Migrations migrations) {
        return migrations.upgradeSql(target);
    }

    @Override
    void change(Migrations migrations) {
        migrations.upgrade(target);
    }
}
