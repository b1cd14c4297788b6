package io.migrations.spring.aot;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.internal.script.ClasspathIndex;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.GeneratedFiles;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.javapoet.ClassName;
import org.springframework.mock.env.MockEnvironment;

/**
 * The runtime hints of each configured runner's locations, as ahead-of-time processing asks for them (the whole
 * build, with the default runner, is {@code AotApplicationTests}).
 */
class MigrationsAotProcessorTests {

    @Test
    void namedRunnersHaveTheirLocationsIndexedAndHinted() throws Exception {
        InMemoryGeneratedFiles files = new InMemoryGeneratedFiles();
        RuntimeHints hints = process(files, new MockEnvironment()
                .withProperty("migrations.datasources.billing.locations", "classpath:db/billing")
                .withProperty("migrations.datasources.orders.locations", "classpath:db/orders"));

        assertThat(files.getGeneratedFileContent(GeneratedFiles.Kind.RESOURCE, ClasspathIndex.resourceName("db/billing")))
                .isEqualTo(ClasspathIndex.render(List.of("db/billing/p1_create_invoice.sql", "db/billing/p2_add_total.sql")));
        assertThat(List.of("db/billing/migrations.index", "db/billing/p1_create_invoice.sql",
                "db/billing/p2_add_total.sql", "db/orders/migrations.index", "db/orders/o1_create_orders.sql"))
                .allSatisfy(resource -> assertThat(hinted(hints, resource)).as(resource).isTrue());
        assertThat(hinted(hints, "db/migrations/a1_create_account.sql")).as("no runner uses the top-level default")
                .isFalse();
    }

    @Test
    void aNamedRunnerWithoutLocationsHasTheTopLevelOnesHinted() throws Exception {
        RuntimeHints hints = process(new InMemoryGeneratedFiles(), new MockEnvironment()
                .withProperty("migrations.locations", "classpath:db/tenant")
                .withProperty("migrations.datasources.reporting.data-source", "reporting")
                .withProperty("migrations.datasources.billing.locations", "classpath:db/billing"));

        assertThat(hinted(hints, "db/tenant/t1_create_note.sql")).isTrue();
        assertThat(hinted(hints, "db/billing/p2_add_total.sql")).isTrue();
    }

    @Test
    void theDefaultRunnersLocationsAreHinted() throws Exception {
        RuntimeHints hints = process(new InMemoryGeneratedFiles(), new MockEnvironment());

        assertThat(hinted(hints, "db/migrations/b2_add_email.sql")).isTrue();
        assertThat(hinted(hints, "db/billing/p1_create_invoice.sql")).isFalse();
    }

    private static RuntimeHints process(InMemoryGeneratedFiles files, MockEnvironment environment) {
        DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();
        beanFactory.registerSingleton("environment", environment);
        BeanFactoryInitializationAotContribution contribution = new MigrationsAotProcessor()
                .processAheadOfTime(beanFactory);
        assertThat(contribution).isNotNull();
        DefaultGenerationContext context = new DefaultGenerationContext(
                new ClassNameGenerator(ClassName.get("com.example", "TestApplication")), files);
        // The contribution writes files and hints only; it adds no initialization code.
        contribution.applyTo(context, null);
        return context.getRuntimeHints();
    }

    private static boolean hinted(RuntimeHints hints, String resource) {
        Predicate<RuntimeHints> predicate = RuntimeHintsPredicates.resource().forResource(resource);
        return predicate.test(hints);
    }
}
