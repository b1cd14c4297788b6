package io.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.testdb.FreshDatabase;
import io.migrations.testdb.TestDatabase;
import java.lang.reflect.Field;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.JdbcSettings;
import org.hibernate.cfg.MappingSettings;
import org.hibernate.cfg.SchemaToolingSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --model jpa:<package>} from the command line: entities compiled into a folder given with {@code --classpath}
 * (relations both ways, an embeddable, an enum stored as text, a sequence generator) become a revision that passes
 * the lint, and the schema it builds is one Hibernate's {@code hbm2ddl.auto=validate} accepts and writes to.
 */
class JpaModelTest {

    static final String PACKAGE = "io.example.shop";
    private static final List<String> ENTITIES = List.of("Customer", "PurchaseOrder", "OrderLine");

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    @TempDir
    Path work;

    @Test
    void entitiesBecomeARevisionWhoseSchemaHibernateValidates() throws Exception {
        TestDatabase db = DB.get();
        Path classes = compile(sources(), "classes");
        Path dir = Files.createDirectories(work.resolve("db/migrations"));
        InProcessCli cli = InProcessCli.of(db, dir).with("MIGRATIONS_CLASSPATH", classes.toString());
        String model = "jpa:" + PACKAGE;

        CliRun generated = cli.run("revision", "--autogenerate", "-m", "shop", "--model", model);
        assertThat(generated.exitCode()).as(generated.err()).isZero();
        try (Stream<Path> files = Files.list(dir)) {
            String revision = Files.readString(files.filter(f -> f.toString().endsWith(".sql")).findFirst().orElseThrow());
            assertThat(revision).contains("CREATE SEQUENCE public.customer_ids")
                    .contains("CREATE TABLE public.purchase_order (")
                    .contains("CONSTRAINT customer_status_check CHECK (((status)::text = ANY (ARRAY[('ACTIVE'::"
                            + "character varying)::text, ('SUSPENDED'::character varying)::text");
        }
        CliRun lint = cli.run("lint");
        assertThat(lint.exitCode()).as(lint.out() + lint.err()).isZero();
        CliRun upgraded = cli.run("upgrade", "heads");
        assertThat(upgraded.exitCode()).as(upgraded.err()).isZero();

        validateAndPersist(db, classes);

        CliRun check = cli.run("check", "--model", model);
        assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).isEqualTo("The revisions build exactly the model.\n");

        Path changed = compile(sources().stream().map(source -> source.getFileName().toString().equals("Customer.java")
                ? withPhone(source) : source).toList(), "changed");
        CliRun differs = cli.with("MIGRATIONS_CLASSPATH", changed.toString()).run("check", "--model", model);
        assertThat(differs.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(differs.out()).contains("column public.customer.phone: only in the model (phone character varying(40))");
    }

    @Test
    void aPackageWithoutEntitiesIsBadInput() throws Exception {
        Path dir = Files.createDirectories(work.resolve("db/migrations"));
        CliRun run = InProcessCli.of(DB.get(), dir).run("check", "--model", "jpa:io.example.nothing");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("jpa:io.example.nothing: no @Entity class in io.example.nothing or below");
    }

    /** The entity sources, kept as test resources so that only --classpath brings their classes. */
    static List<Path> sources() throws URISyntaxException, java.io.IOException {
        Path folder = Path.of(Objects.requireNonNull(JpaModelTest.class.getResource("/jpa/io/example/shop")).toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        }
    }

    private Path compile(List<Path> sources, String name) throws java.io.IOException {
        Path classes = Files.createDirectories(work.resolve(name));
        JavaRevisionsTest.compile(sources, classes);
        return classes;
    }

    /** Customer.java with one more column, written next to the others. */
    private Path withPhone(Path customer) {
        try {
            Path copy = Files.createDirectories(work.resolve("changed-src")).resolve("Customer.java");
            return Files.writeString(copy, Files.readString(customer).replace("    @Embedded",
                    "    @Column(length = 40)\n    public String phone;\n\n    @Embedded"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Boots Hibernate on the migrated database with {@code hbm2ddl.auto=validate}, then stores a customer. */
    static void validateAndPersist(TestDatabase db, Path classes) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                JpaModelTest.class.getClassLoader())) {
            StandardServiceRegistry registry = new StandardServiceRegistryBuilder(new BootstrapServiceRegistryBuilder()
                    .applyClassLoader(loader).build())
                    .applySetting(JdbcSettings.JAKARTA_JDBC_URL, db.jdbcUrl())
                    .applySetting(JdbcSettings.JAKARTA_JDBC_USER, db.user())
                    .applySetting(JdbcSettings.JAKARTA_JDBC_PASSWORD, db.password())
                    .applySetting(SchemaToolingSettings.HBM2DDL_AUTO, "validate")
                    .applySetting(MappingSettings.PHYSICAL_NAMING_STRATEGY, new PhysicalNamingStrategySnakeCaseImpl())
                    .build();
            MetadataSources sources = new MetadataSources(registry);
            for (String entity : ENTITIES) {
                sources.addAnnotatedClass(loader.loadClass(PACKAGE + "." + entity));
            }
            sources.addAnnotatedClass(loader.loadClass(PACKAGE + ".Address"));
            try (SessionFactory factory = sources.buildMetadata().buildSessionFactory()) {
                Class<?> type = loader.loadClass(PACKAGE + ".Customer");
                Object customer = type.getConstructor().newInstance();
                set(customer, "email", "ada@example.com");
                set(customer, "status", enumValue(loader.loadClass(PACKAGE + ".CustomerStatus"), "ACTIVE"));
                factory.inTransaction(session -> session.persist(customer));
            }
        }
        assertThat(db.strings("SELECT email || ' ' || status FROM customer")).containsExactly("ada@example.com ACTIVE");
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Field declared = target.getClass().getField(field);
        declared.set(target, value);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String name) {
        return Enum.valueOf((Class) type, name);
    }
}
