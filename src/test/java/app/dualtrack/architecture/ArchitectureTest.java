package app.dualtrack.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/** Keeps the layers of the README's table: model at the bottom, the launcher at the top. */
@AnalyzeClasses(packages = "app.dualtrack", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layersDependOnlyDownwards = layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
            .layer("Json").definedBy("app.dualtrack.json..")
            .layer("Model").definedBy("app.dualtrack.model..")
            .layer("Format").definedBy("app.dualtrack.format..")
            .layer("Analysis").definedBy("app.dualtrack.analysis..")
            .layer("Outcomes").definedBy("app.dualtrack.outcomes..")
            .layer("Kit").definedBy("app.dualtrack.kit..")
            .layer("Export").definedBy("app.dualtrack.export..")
            .layer("Publish").definedBy("app.dualtrack.publish..")
            .layer("Importer").definedBy("app.dualtrack.importer..")
            .layer("Compare").definedBy("app.dualtrack.compare..")
            .layer("History").definedBy("app.dualtrack.history..")
            .layer("Session").definedBy("app.dualtrack.session..")
            .layer("Cli").definedBy("app.dualtrack.cli..")
            .layer("Ui").definedBy("app.dualtrack.ui..")
            .layer("Launcher").definedBy("app.dualtrack")
            .whereLayer("Json").mayNotAccessAnyLayer()
            .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Session").mayOnlyBeAccessedByLayers("Cli", "Ui", "Launcher")
            .whereLayer("Kit").mayOnlyBeAccessedByLayers("Cli", "Ui", "Launcher")
            .whereLayer("Export").mayOnlyBeAccessedByLayers("Kit", "Cli", "Ui", "Launcher")
            .whereLayer("History").mayOnlyBeAccessedByLayers("Cli", "Ui", "Launcher")
            .whereLayer("Publish").mayOnlyBeAccessedByLayers("Export", "Kit", "Cli", "Ui", "Launcher")
            .whereLayer("Importer").mayOnlyBeAccessedByLayers("Cli", "Ui", "Launcher")
            .whereLayer("Outcomes").mayOnlyBeAccessedByLayers("Export", "Cli", "Ui", "Launcher")
            .whereLayer("Compare").mayOnlyBeAccessedByLayers("Export", "History", "Cli", "Ui", "Launcher")
            .whereLayer("Analysis").mayOnlyBeAccessedByLayers("Outcomes", "Export", "Publish", "Compare", "History", "Session", "Cli", "Ui", "Launcher")
            .whereLayer("Format").mayOnlyBeAccessedByLayers("Kit", "Export", "Publish", "Importer", "Compare", "History", "Session", "Cli", "Ui", "Launcher");

    /** The open-ladder session serves the window and the command line alike: no toolkit in it. */
    @ArchTest
    static final ArchRule sessionUsesNoJavaFx = noClasses().that().resideInAPackage("app.dualtrack.session..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.fxmisc..");

    /**
     * Feature views work on the open ladder ({@code ui.editing.LadderEditor}), not on the main window's view
     * model: only the window itself (ui.main) and the code that builds it (the app, the feature registry) know it.
     */
    @ArchTest
    static final ArchRule featureViewsDoNotDependOnTheMainWindow = noClasses().that().resideInAPackage("app.dualtrack.ui..")
            .and().resideOutsideOfPackage("app.dualtrack.ui.main..")
            .and().doNotHaveSimpleName("DualtrackApp").and().doNotHaveSimpleName("Features")
            .should().dependOnClassesThat().haveSimpleName("MainViewModel");

    /**
     * Slow work in the window goes through {@code ui.tasks.Background} (one pool, results on the FX thread,
     * failures logged); the app's analysis thread and the start-up thread are the only others.
     */
    @ArchTest
    static final ArchRule windowThreadsComeFromOnePlace = noClasses().that().resideInAPackage("app.dualtrack.ui..")
            .and().resideOutsideOfPackage("app.dualtrack.ui.tasks..")
            .and().doNotHaveSimpleName("DualtrackApp").and().doNotHaveSimpleName("EarlyStart")
            .should().callConstructor(Thread.class, Runnable.class, String.class)
            .orShould().callConstructor(Thread.class, Runnable.class)
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.Executors")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.concurrent.Task");

    /** The editor's feature packages (main, ladder, inspector, warnings, …) depend on each other one way only. */
    @ArchTest
    static final ArchRule uiFeaturePackagesAreFreeOfCycles = com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
            .matching("app.dualtrack.ui.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule modelAndAnalysisUseNoJavaFx = noClasses()
            .that().resideInAnyPackage("app.dualtrack.model..", "app.dualtrack.analysis..", "app.dualtrack.compare..",
                    "app.dualtrack.history..", "app.dualtrack.outcomes..", "app.dualtrack.kit..", "app.dualtrack.importer..", "app.dualtrack.publish..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.fxmisc..");

    /** The outcomes analysis works on rows already read; only RecordsFile touches the disk. */
    @ArchTest
    static final ArchRule outcomesAnalysisDoesNoFileIo = noClasses()
            .that().resideInAPackage("app.dualtrack.outcomes..").and().doNotHaveSimpleName("RecordsFile")
            .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File");

    @ArchTest
    static final ArchRule modelAndAnalysisDoNoFileIo = noClasses()
            .that().resideInAnyPackage("app.dualtrack.model..", "app.dualtrack.analysis..")
            .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream");
}
