package io.migrations.hibernate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.api.ModelException;
import io.migrations.api.ModelProvider;
import io.migrations.hibernate.library.Author;
import io.migrations.testdb.FreshDatabase;
import io.migrations.testdb.TestDatabase;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;
import org.hibernate.cfg.MappingSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code jpa:<package>}: entities found on the class path become PostgreSQL DDL that applies as it is. */
class JpaModelProviderTest {

    private static final String LIBRARY = "io.migrations.hibernate.library";

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    @TempDir
    Path work;

    private final ClassLoader classLoader = getClass().getClassLoader();

    @Test
    void theServiceLoaderFindsTheProviderForJpa() {
        assertThat(ServiceLoader.load(ModelProvider.class, classLoader).stream().map(ServiceLoader.Provider::get))
                .extracting(ModelProvider::kind).containsExactly("jpa");
    }

    @Test
    void theEntitiesOfAPackageAndItsSubpackagesBecomeDdlThatApplies() throws Exception {
        String ddl = new JpaModelProvider().ddl(" " + LIBRARY + " ", classLoader, Map.of());

        assertThat(ddl).contains("create sequence author_ids start with 1 increment by 20;")
                .contains("create sequence audit_ids start with 1 increment by 5;")
                .contains("create table author (")
                .contains("create table book (")
                .contains("create table book_reviewers (book_id bigint not null, reviewers_id bigint not null")
                .contains("create table audit_entry (")
                .contains("genre varchar(255) check ((genre in ('NOVEL','POETRY')))")
                .containsPattern("alter table if exists book add constraint \\w+ foreign key \\(author_id\\) "
                        + "references author");
        TestDatabase db = DB.get();
        db.execute(ddl);
        assertThat(db.strings("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                + "ORDER BY 1")).containsExactly("audit_entry", "author", "book", "book_reviewers");
    }

    @Test
    void severalPackagesAreSeparatedByCommas() {
        String ddl = new JpaModelProvider().ddl(LIBRARY + ".audit, " + LIBRARY + ".nothing_here", classLoader, Map.of());

        assertThat(ddl).contains("create table audit_entry (").doesNotContain("create table author");
    }

    @Test
    void settingsOverSpringBootsNamingAreHibernates() {
        String ddl = new JpaModelProvider().ddl(LIBRARY, classLoader, Map.of(
                MappingSettings.PHYSICAL_NAMING_STRATEGY, PhysicalNamingStrategyStandardImpl.class.getName(),
                MappingSettings.IMPLICIT_NAMING_STRATEGY, "legacy-jpa"));

        assertThat(ddl).contains("create table AuditEntry (").contains("create table Book_Author (");
    }

    @Test
    void aHibernatePropertiesFileOnTheClassPathCountsToo() throws Exception {
        Path folder = Files.createDirectories(work.resolve("properties"));
        Files.writeString(folder.resolve("hibernate.properties"), MappingSettings.PHYSICAL_NAMING_STRATEGY + "="
                + PhysicalNamingStrategyStandardImpl.class.getName() + "\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {folder.toUri().toURL()}, classLoader)) {
            assertThat(new JpaModelProvider().ddl(LIBRARY, loader, Map.of())).contains("create table AuditEntry (");
        }
        assertThat(new JpaModelProvider().ddl(LIBRARY, classLoader, Map.of())).contains("create table audit_entry (");
    }

    @Test
    void entitiesInAJarAreFoundToo() throws Exception {
        Path jar = libraryJar();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, new Hiding(classLoader))) {
            assertThat(loader.loadClass(Author.class.getName())).isNotSameAs(Author.class);

            String ddl = new JpaModelProvider().ddl(LIBRARY, loader, Map.of());

            assertThat(ddl).contains("create table author (").contains("create table audit_entry (");
        }
    }

    @Test
    void aPackageWithoutEntitiesSaysWhereItLooked() {
        assertThatThrownBy(() -> new JpaModelProvider().ddl("io.migrations.hibernate.empty", classLoader, Map.of()))
                .isInstanceOf(ModelException.class)
                .hasMessage("jpa:io.migrations.hibernate.empty: no @Entity class in io.migrations.hibernate.empty or "
                        + "below, on the class path; compile the entities first and put their classes on it (the "
                        + "CLI's --classpath target/classes)");
        assertThatThrownBy(() -> new JpaModelProvider().ddl(" , ", classLoader, Map.of()))
                .isInstanceOf(ModelException.class)
                .hasMessageStartingWith("jpa: needs the packages of the entities");
    }

    @Test
    void aMappingHibernateRefusesNamesTheModelAndTheEntity() {
        assertThatThrownBy(() -> new JpaModelProvider().ddl("io.migrations.hibernate.broken", classLoader, Map.of()))
                .isInstanceOf(ModelException.class)
                .hasMessageStartingWith("jpa:io.migrations.hibernate.broken: Hibernate could not map the entities of "
                        + "[Nameless]: ")
                .hasMessageContaining("Nameless")
                .satisfies(e -> assertThat(((ModelException) e).isUserError()).isTrue());
    }

    /** The compiled classes of the library fixture, in a jar with folder entries, as Maven and Gradle write them. */
    private Path libraryJar() throws IOException {
        Path classes = Path.of(Author.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        Path jar = work.resolve("library.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> walk = Files.walk(classes.resolve(LIBRARY.replace('.', '/')))) {
            for (Path path : walk.toList()) {
                String name = classes.relativize(path).toString().replace('\\', '/');
                out.putNextEntry(new JarEntry(Files.isDirectory(path) ? name + "/" : name));
                if (Files.isRegularFile(path)) {
                    out.write(Files.readAllBytes(path));
                }
                out.closeEntry();
            }
        }
        return jar;
    }

    /** The test class path without the library fixture, so that only the jar can provide it. */
    private static final class Hiding extends ClassLoader {

        private static final String FOLDER = LIBRARY.replace('.', '/');

        Hiding(ClassLoader parent) {
            super(parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith(LIBRARY + ".")) {
                throw new ClassNotFoundException(name);
            }
            return super.loadClass(name, resolve);
        }

        @Override
        public URL getResource(String name) {
            return name.startsWith(FOLDER) ? null : super.getResource(name);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return name.startsWith(FOLDER) ? Collections.enumeration(List.of()) : super.getResources(name);
        }
    }
}
