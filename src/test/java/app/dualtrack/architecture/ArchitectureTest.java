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
            .layer("Model").definedBy("app.dualtrack.model..")
            .layer("Format").definedBy("app.dualtrack.format..")
            .layer("Analysis").definedBy("app.dualtrack.analysis..")
            .layer("Export").definedBy("app.dualtrack.export..")
            .layer("Publish").definedBy("app.dualtrack.publish..")
            .layer("Importer").definedBy("app.dualtrack.importer..")
            .layer("Compare").definedBy("app.dualtrack.compare..")
            .layer("Cli").definedBy("app.dualtrack.cli..")
            .layer("Ui").definedBy("app.dualtrack.ui..")
            .layer("Launcher").definedBy("app.dualtrack")
            .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Export").mayOnlyBeAccessedByLayers("Cli", "Ui", "Launcher")
            .whereLayer("Publish").mayOnlyBeAccessedByLayers("Export", "Cli", "Ui", "Launcher")
            .whereLayer("Importer").mayOnlyBeAccessedByLayers("Cli", "Ui", "Launcher")
            .whereLayer("Compare").mayOnlyBeAccessedByLayers("Export", "Cli", "Ui", "Launcher")
            .whereLayer("Analysis").mayOnlyBeAccessedByLayers("Export", "Publish", "Compare", "Cli", "Ui", "Launcher")
            .whereLayer("Format").mayOnlyBeAccessedByLayers("Export", "Publish", "Importer", "Compare", "Cli", "Ui", "Launcher");

    @ArchTest
    static final ArchRule modelAndAnalysisUseNoJavaFx = noClasses()
            .that().resideInAnyPackage("app.dualtrack.model..", "app.dualtrack.analysis..", "app.dualtrack.compare..",
                    "app.dualtrack.importer..", "app.dualtrack.publish..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.fxmisc..");

    @ArchTest
    static final ArchRule modelAndAnalysisDoNoFileIo = noClasses()
            .that().resideInAnyPackage("app.dualtrack.model..", "app.dualtrack.analysis..")
            .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream");
}
