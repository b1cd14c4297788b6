package io.migrations.internal.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.RevisionSet;
import io.migrations.api.ScriptException;
import io.migrations.internal.platform.Databases;
import io.migrations.java.given.CreateNamedTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Java revisions handed over as objects, as the Spring starter hands over revision beans. */
class GivenJavaRevisionsTest {

    private static final List<String> LOCATION = List.of("classpath:io/migrations/java/given");
    private final ClassLoader loader = getClass().getClassLoader();

    @Test
    void theScanAloneCannotMakeARevisionThatNeedsConstructorArguments() {
        assertThatThrownBy(() -> RevisionSet.load(LOCATION, loader))
                .isInstanceOf(ScriptException.class)
                .hasMessageContaining(CreateNamedTable.class.getName())
                .hasMessageContaining("no public no-argument constructor");
    }

    @Test
    void aGivenObjectReplacesTheScannedClassAndKeepsItsLocation() {
        RevisionSet revisions = RevisionSet.load(LOCATION, loader, List.of(new CreateNamedTable("invoices")));
        assertThat(revisions.all()).singleElement().satisfies(revision -> {
            assertThat(revision.id()).isEqualTo("g1");
            assertThat(revision.location()).isEqualTo(CreateNamedTable.class.getName());
        });
    }

    @Test
    void aGivenObjectRecordsWhatItsDependenciesSay() {
        Script script = RevisionSources.of(List.of(), loader, List.of(new CreateNamedTable("invoices"))).load().get(0);
        assertThat(script.upgrade().statements(Databases.POSTGRESQL)).singleElement()
                .satisfies(statement -> assertThat(statement.sql()).contains("CREATE TABLE invoices"));
    }

    @Test
    void aSubclassMadeByAFrameworkCountsAsTheAnnotatedClass() {
        Object proxyLike = new CreateNamedTable("invoices") {
        };
        RevisionSet revisions = RevisionSet.load(LOCATION, loader, List.of(proxyLike));
        assertThat(revisions.all()).extracting(io.migrations.api.Revision::location)
                .containsExactly(CreateNamedTable.class.getName());
    }

    @Test
    void anObjectThatIsNoRevisionIsRefusedByName() {
        assertThatThrownBy(() -> RevisionSet.load(List.of(), loader, List.of("not a revision")))
                .isInstanceOf(ScriptException.class)
                .hasMessageContaining("java.lang.String")
                .hasMessageContaining("is not annotated with @Revision");
    }
}
