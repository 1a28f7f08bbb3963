package org.spotcheck.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.apache.ibatis.annotations.Mapper;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.shared.ProcessOnly;
import org.springframework.web.bind.annotation.RestController;

/** The module rules of architecture.md §2-§4 that Maven cannot check. */
@AnalyzeClasses(packages = "org.spotcheck", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleArchitectureTest {

    static final String[] MODULES = {"planning", "sampling", "testing", "disposal"};

    @ArchTest
    static final ArchRule domainModulesDoNotDependOnEachOther = slices()
            .matching("org.spotcheck.(planning|sampling|testing|disposal)..").namingSlices("$1")
            .should().notDependOnEachOther()
            .because("a domain module never depends on another (architecture.md §2)");

    @ArchTest
    static final ArchRule noModuleDependsOnApp = noClasses()
            .that().resideInAnyPackage("org.spotcheck.planning..", "org.spotcheck.sampling..", "org.spotcheck.testing..",
                    "org.spotcheck.disposal..", "org.spotcheck.shared..")
            .should().dependOnClassesThat().resideInAPackage("org.spotcheck.app..");

    @ArchTest
    static final ArchRule appUsesOnlyTheModulesApis = noClasses()
            .that().resideInAPackage("org.spotcheck.app..")
            .should().dependOnClassesThat().resideInAnyPackage("org.spotcheck.planning.internal..",
                    "org.spotcheck.sampling.internal..", "org.spotcheck.testing.internal..", "org.spotcheck.disposal.internal..")
            .because("app may use org.spotcheck.<module>.api only");

    @ArchTest
    static final ArchRule onlyTheWorkflowPackageTouchesFlowable = noClasses()
            .that().resideOutsideOfPackage("org.spotcheck.app.workflow..")
            .and().doNotHaveFullyQualifiedName("org.spotcheck.app.web.ApiExceptionHandler")
            .should().dependOnClassesThat().resideInAPackage("org.flowable..")
            .because("Flowable stays in app/workflow (architecture.md §4); the API error handler only maps its exceptions to 409");

    @ArchTest
    static final ArchRule domainPackagesAreFrameworkFree = noClasses()
            .that().resideInAPackage("..internal.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.ibatis..",
                    "org.mybatis..", "org.flowable..");

    @ArchTest
    static final ArchRule sharedKernelIsALeaf = classes()
            .that().resideInAPackage("org.spotcheck.shared..").and().resideOutsideOfPackage("org.spotcheck.shared.pdf..")
            .and().resideOutsideOfPackage("org.spotcheck.shared.tx..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.spotcheck.shared..", "java..", "jakarta.validation..");

    /** The official documents' one layout (ADR 0021) draws with PDFBox and ZXing, and with nothing else outside the JDK. */
    @ArchTest
    static final ArchRule sharedPdfLayoutUsesOnlyPdfBoxAndZxing = classes()
            .that().resideInAPackage("org.spotcheck.shared.pdf..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.spotcheck.shared..", "java..", "org.apache.pdfbox..",
                    "org.apache.fontbox..", "com.google.zxing..");

    /** The rows one transaction has read (KeptRows, issue 14.2) are bound to it with Spring's transaction synchronisation only. */
    @ArchTest
    static final ArchRule sharedTxUsesOnlySpringTransactions = classes()
            .that().resideInAPackage("org.spotcheck.shared.tx..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.spotcheck.shared..", "java..",
                    "org.springframework.transaction..");

    @ArchTest
    static final ArchRule mappersLiveInPersistence = classes()
            .that().areAnnotatedWith(Mapper.class)
            .should().resideInAnyPackage("..internal.persistence..", "org.spotcheck.app..")
            .andShould().haveSimpleNameEndingWith("Mapper");

    @ArchTest
    static final ArchRule onlyPersistenceUsesMyBatis = noClasses()
            .that().resideInAnyPackage("org.spotcheck.planning..", "org.spotcheck.sampling..", "org.spotcheck.testing..",
                    "org.spotcheck.disposal..")
            .and().resideOutsideOfPackage("..internal.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.ibatis..", "org.mybatis..");

    @ArchTest
    static final ArchRule controllersLiveInWebPackages = classes()
            .that().areAnnotatedWith(RestController.class)
            .should().resideInAnyPackage("..internal.web..", "org.spotcheck.app..web..")
            .andShould().haveSimpleNameEndingWith("Controller");

    @ArchTest
    static final ArchRule delegatesLiveInTheDelegatePackage = classes()
            .that().implement(JavaDelegate.class)
            .should().resideInAPackage("org.spotcheck.app.workflow.delegate..")
            .andShould().haveSimpleNameEndingWith("Delegate");

    @ArchTest
    static final ArchRule eventsAreRecords = classes()
            .that().resideInAPackage("..api.event..")
            .should().beRecords()
            .andShould().implement(org.spotcheck.shared.ModuleEvent.class);

    @ArchTest
    static final ArchRule noProductionClassLooksLikeATest = noClasses()
            .should().haveSimpleNameEndingWith("Test").orShould().haveSimpleNameEndingWith("Tests")
            .orShould().haveSimpleNameEndingWith("IT")
            .because("the testing module is about lab tests; test tooling must not confuse the two (style-notes §2.11)");

    @ArchTest
    static final ArchRule apisDoNotExposeInternals = noClasses()
            .that().resideInAPackage("..api..")
            .should().dependOnClassesThat().resideInAPackage("..internal..");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.spotcheck.(**)")
            .should().beFreeOfCycles()
            .because("packages form a tree of dependencies: a cycle makes a package impossible to understand or move alone");

    /**
     * Inside a domain module: web → application → domain and persistence; the api package holds
     * the facade interfaces and records that application implements (ADR 0013).
     */
    @ArchTest
    static void eachDomainModuleIsLayered(JavaClasses classes) {
        for (String module : MODULES) {
            String root = "org.spotcheck." + module;
            layeredArchitecture().consideringOnlyDependenciesInLayers()
                    .layer("api").definedBy(root + ".api..")
                    .layer("web").definedBy(root + ".internal.web..")
                    .layer("application").definedBy(root + ".internal.application..")
                    .layer("domain").definedBy(root + ".internal.domain..")
                    .layer("persistence").definedBy(root + ".internal.persistence..")
                    .whereLayer("web").mayNotBeAccessedByAnyLayer()
                    .whereLayer("application").mayOnlyBeAccessedByLayers("web")
                    .whereLayer("persistence").mayOnlyBeAccessedByLayers("application")
                    .whereLayer("domain").mayOnlyBeAccessedByLayers("application", "persistence", "web")
                    .because(module + ": controllers call the application, which alone reads and writes through mappers")
                    .check(classes);
        }
    }

    /** A call to a {@code @ProcessOnly} facade method: through the facade, or straight to the class that implements it. */
    static final DescribedPredicate<JavaMethodCall> PROCESS_ONLY_METHOD = DescribedPredicate.describe(
            "a @ProcessOnly method or its implementation", call -> {
                JavaClass owner = call.getTarget().getOwner();
                String[] parameters = call.getTarget().getRawParameterTypes().stream().map(JavaClass::getName).toArray(String[]::new);
                return Stream.concat(Stream.of(owner), owner.getAllRawInterfaces().stream())
                        .flatMap(type -> type.tryGetMethod(call.getTarget().getName(), parameters).stream())
                        .anyMatch(method -> method.isAnnotatedWith(ProcessOnly.class));
            });

    @ArchTest
    static final ArchRule processOnlyMethodsAreCalledOnlyByTheProcess = noClasses()
            .that().resideOutsideOfPackages("org.spotcheck.app.workflow.delegate..", "org.spotcheck.app.workflow.step..")
            .should().callMethodWhere(PROCESS_ONLY_METHOD)
            .because("a @ProcessOnly facade method does not check its caller: the process reaching that step is the check (ADR 0001)");
}
