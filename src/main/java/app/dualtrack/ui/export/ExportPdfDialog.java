package app.dualtrack.ui.export;

import app.dualtrack.export.ExportOptions;
import app.dualtrack.model.Ladder;
import app.dualtrack.ui.dialog.DialogService;
import javafx.application.HostServices;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.nio.file.Path;
import java.time.LocalDate;

/** File › Export PDF…: options, then the export off the FX thread with progress, then offer to open it. */
public final class ExportPdfDialog {
    private ExportPdfDialog() {
    }

    public static void show(Window owner, Ladder ladder, Path ladderFile, DialogService dialogs, HostServices host) {
        ExportPdfViewModel vm = new ExportPdfViewModel(app.dualtrack.ui.tasks.Background.fx());
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Export PDF");
        d.setHeaderText("Export “" + ladder.name() + "” as a PDF to hand out");
        ToggleGroup paper = new ToggleGroup();
        RadioButton a4 = new RadioButton("A4");
        RadioButton letter = new RadioButton("US Letter");
        a4.setToggleGroup(paper);
        letter.setToggleGroup(paper);
        a4.setSelected(true);
        paper.selectedToggleProperty().addListener((o, x, t) -> vm.paperProperty().set(t == letter ? ExportOptions.Paper.LETTER : ExportOptions.Paper.A4));
        CheckBox changes = new CheckBox("Say what changes from the level below, in each level's section");
        changes.selectedProperty().bindBidirectional(vm.changesProperty());
        CheckBox bands = new CheckBox("Include pay bands");
        bands.selectedProperty().bindBidirectional(vm.bandsProperty());
        CheckBox audit = new CheckBox("Add an appendix with the design audit (warnings and suppressions)");
        audit.selectedProperty().bindBidirectional(vm.auditProperty());
        VBox content = new VBox(10, new Label("Paper"), new HBox(16, a4, letter), changes, bands, audit);
        d.getDialogPane().setContent(content);
        ButtonType export = new ButtonType("Export…", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(export, ButtonType.CANCEL);
        if (d.showAndWait().orElse(ButtonType.CANCEL) != export) {
            return;
        }
        Path folder = ladderFile == null ? null : ladderFile.toAbsolutePath().getParent();
        String name = ladderFile == null ? app.dualtrack.model.Ids.slug(ladder.name()) + ".pdf"
                : ladderFile.getFileName().toString().replace(".ladder.json", "") + ".pdf";
        dialogs.chooseFileToSave("Export PDF", folder, name, "PDF documents (*.pdf)", ".pdf").ifPresent(target -> {
            Dialog<Void> progress = new Dialog<>();
            progress.initOwner(owner);
            progress.setTitle("Export PDF");
            ProgressIndicator spinner = new ProgressIndicator();
            spinner.setPrefSize(36, 36);
            Label status = new Label();
            status.textProperty().bind(vm.statusProperty());
            progress.getDialogPane().setContent(new HBox(12, spinner, status));
            progress.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
            progress.getDialogPane().lookupButton(ButtonType.CLOSE).disableProperty().bind(vm.runningProperty());
            vm.export(ladder, target, LocalDate.now(), outcome -> {
                progress.setResult(null);
                progress.close();
                tell(outcome, dialogs, host == null ? null : host::showDocument);
            });
            progress.show();
        });
    }

    /**
     * Says how an export ended. A finished export is news, not a question: the export is done, and
     * opening it is an offer (a link in the banner), not a decision to make now. {@code open} shows a
     * document by its URI; null where nothing can open one.
     */
    static void tell(ExportPdfViewModel.Outcome outcome, DialogService dialogs, java.util.function.Consumer<String> open) {
        if (!outcome.succeeded()) {
            dialogs.showError("The PDF was not exported", outcome.error());
            return;
        }
        String more = outcome.result().complete() ? "" : " " + outcome.result().missingCharactersMessage();
        int pages = outcome.result().pages();
        dialogs.notify("Exported " + outcome.file().getFileName() + " (" + pages + (pages == 1 ? " page" : " pages") + ")." + more,
                open == null ? null : "Open PDF", open == null ? null : () -> open.accept(outcome.file().toUri().toString()));
    }
}
