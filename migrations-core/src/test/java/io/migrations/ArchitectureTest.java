package io.migrations;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * The package rules of docs/architecture.md, checked on the compiled main classes of migrations-core: no package
 * depends on itself through others, the API depends on no internal package, and {@code internal.sql} is the bottom.
 */
class ArchitectureTest {

    /** The packages module-info.java exports: the API. */
    private static final List<String> EXPORTED = List.of("io.migrations", "io.migrations.api", "io.migrations.ops",
            "io.migrations.java", "io.migrations.catalog");

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.migrations");

    /** Every package its own slice, {@code io.migrations} itself included. */
    private static final SliceAssignment PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            return javaClass.getPackageName().startsWith("io.migrations")
                    ? SliceIdentifier.of(javaClass.getPackageName())
                    : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "every package of io.migrations";
        }
    };

    /** The API says where null is allowed (JSpecify): every exported package is {@code @NullMarked}. */
    @Test
    void exportedPackagesAreNullMarked() throws ClassNotFoundException {
        for (String name : EXPORTED) {
            assertThat(Class.forName(name + ".package-info").isAnnotationPresent(NullMarked.class)).as(name).isTrue();
        }
    }

    @Test
    void moduleExportsTheApiPackagesOnly() throws Exception {
        Path classes = Path.of(Migrations.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ModuleDescriptor module = ModuleFinder.of(classes).findAll().iterator().next().descriptor();

        assertThat(module.name()).isEqualTo("io.migrations.core");
        assertThat(module.exports()).noneMatch(ModuleDescriptor.Exports::isQualified);
        assertThat(module.exports()).extracting(ModuleDescriptor.Exports::source)
                .containsExactlyInAnyOrderElementsOf(EXPORTED);
        assertThat(module.packages()).filteredOn(name -> !EXPORTED.contains(name))
                .allMatch(name -> name.startsWith("io.migrations.internal."));
    }

    @Test
    void noPackageCycles() {
        slices().assignedFrom(PACKAGES).should().beFreeOfCycles().check(CORE);
    }

    @Test
    void apiDependsOnNothingInternal() {
        noClasses().that().resideInAPackage("io.migrations.api..")
                .should().dependOnClassesThat().resideInAnyPackage("io.migrations", "io.migrations.internal..")
                .check(CORE);
    }

    /** The catalog records are data that the API, drift, autogenerate and the test kit share: they use nothing else. */
    @Test
    void catalogDependsOnNothingElseOfTheProject() {
        noClasses().that().resideInAPackage("io.migrations.catalog..")
                .should().dependOnClassesThat().resideInAnyPackage("io.migrations", "io.migrations.api..",
                        "io.migrations.internal..", "io.migrations.ops..", "io.migrations.java..")
                .check(CORE);
    }

    @Test
    void onlyTheFacadeLivesAtTheTop() {
        noClasses().that().resideOutsideOfPackage("io.migrations")
                .should().dependOnClassesThat().resideInAPackage("io.migrations")
                .check(CORE);
    }

    /**
     * What the exported packages show (public and protected members of their public types, supertypes, thrown
     * exceptions) uses no internal type, so the API compiles for a module that cannot see the internals.
     */
    @Test
    void exportedSignaturesUseNoInternalType() {
        classes().that().resideInAnyPackage(EXPORTED.toArray(String[]::new)).and().arePublic()
                .should(new ArchCondition<JavaClass>("show no internal type in their public signatures") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        List<String> shown = new ArrayList<>();
                        type.getRawSuperclass().ifPresent(superclass -> shown.add(superclass.getName()));
                        type.getRawInterfaces().forEach(i -> shown.add(i.getName()));
                        for (JavaMember member : type.getMembers()) {
                            if (!member.getModifiers().contains(JavaModifier.PUBLIC)
                                    && !member.getModifiers().contains(JavaModifier.PROTECTED)) {
                                continue;
                            }
                            if (member instanceof JavaField field) {
                                field.getType().getAllInvolvedRawTypes().forEach(t -> shown.add(t.getName()));
                            } else if (member instanceof JavaCodeUnit code) {
                                code.getReturnType().getAllInvolvedRawTypes().forEach(t -> shown.add(t.getName()));
                                code.getParameterTypes().forEach(p -> p.getAllInvolvedRawTypes()
                                        .forEach(t -> shown.add(t.getName())));
                                code.getThrowsClause().getTypes().forEach(t -> shown.add(t.getName()));
                            }
                            shown.stream().filter(name -> name.startsWith("io.migrations.internal.")).distinct()
                                    .forEach(name -> events.add(SimpleConditionEvent.violated(member,
                                            member.getFullName() + " shows " + name)));
                            shown.clear();
                        }
                    }
                })
                .check(CORE);
    }

    @Test
    void sqlIsTheBottomLayer() {
        noClasses().that().resideInAPackage("io.migrations.internal.sql..")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "are in io.migrations outside internal.sql and api",
                        (JavaClass c) -> c.getPackageName().startsWith("io.migrations")
                                && !c.getPackageName().startsWith("io.migrations.internal.sql")
                                && !c.getPackageName().startsWith("io.migrations.api")))
                .check(CORE);
    }
}
