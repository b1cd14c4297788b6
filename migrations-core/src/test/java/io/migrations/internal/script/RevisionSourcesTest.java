package io.migrations.internal.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionSourcesTest {

    @Test
    void classpathFolderThatIsNoPackageNameLoadsSqlRevisions() {
        List<Script> scripts = RevisionSources.of(List.of("classpath:sql-only-revisions"), getClass().getClassLoader()).load();

        assertThat(scripts).extracting(Script::id).containsExactly("aaa111");
    }
}
