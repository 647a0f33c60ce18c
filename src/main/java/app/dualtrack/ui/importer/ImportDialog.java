package app.dualtrack.ui.importer;

import app.dualtrack.importer.ImportMapping;
import app.dualtrack.importer.SourceFormat;
import app.dualtrack.model.BehaviourKind;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.Track;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * File › Import…: pick files (Markdown, CSV, Excel, YAML, HTML, text) or paste text, see what was
 * found, correct the mapping — levels, tracks, codes, titles, order, branch point, peers, sections —
 * and import. The ladder opens as a new unsaved document; the report says what went to the notes.
 */
public final class ImportDialog {
    private static final String NONE = "—";

    private final ImportViewModel vm = new ImportViewModel();
    private final Path folder;
    private final TableView<String> levels = new TableView<>();
    private final TableView<String> sections = new TableView<>();
    private final ComboBox<String> branch = new ComboBox<>();
    private final TextArea report = new TextArea();
    private final Label sourcesLabel = new Label("No source yet.");
    private final TextField name = new TextField();
    private boolean updating;

    private ImportDialog(Path folder) {
        this.folder = folder;
    }

    /** Shows the dialog; the imported ladder when the user imports, else empty. */
    public static Optional<Ladder> show(Window owner, Path folder) {
        return show(owner, folder, List.of());
    }

    /** As {@link #show(Window, Path)}, with files already chosen (dropped on the window, or named on the command line). */
    public static Optional<Ladder> show(Window owner, Path folder, List<Path> files) {
        ImportDialog dialog = new ImportDialog(folder);
        return dialog.run(owner, files);
    }

    private Optional<Ladder> run(Window owner, List<Path> files) {
        Dialog<Ladder> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Import a ladder");
        d.setHeaderText("Bring in a ladder from Markdown, a spreadsheet, YAML, a wiki page or pasted text, then check what is what.");
        d.setResizable(true);
        ButtonType importButton = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(importButton, ButtonType.CANCEL);
        d.getDialogPane().setContent(content());
        d.getDialogPane().setMinSize(800, 560);
        d.getDialogPane().setPrefSize(1120, 780);
        // the dialog opens at a size where the mapping tables are usable, within the screen
        d.setOnShown(e -> {
            var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
            d.setWidth(Math.min(1180, screen.getWidth() - 40));
            d.setHeight(Math.min(840, screen.getHeight() - 40));
        });
        d.getDialogPane().setId("import-dialog");
        if (owner != null && owner.getScene() != null) {
            d.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        Button ok = (Button) d.getDialogPane().lookupButton(importButton);
        vm.onChange(() -> {
            refresh();
            ok.setDisable(vm.result().isEmpty());
        });
        ok.setDisable(true);
        if (!files.isEmpty()) {
            vm.addFiles(files);
        }
        d.setResultConverter(b -> b == importButton ? vm.result().orElse(null) : null);
        return d.showAndWait();
    }

    private VBox content() {
        Button add = new Button("Add Files…");
        add.setId("import-add-files");
        add.setOnAction(e -> chooseFiles(add.getScene() == null ? null : add.getScene().getWindow()));
        Button clear = new Button("Clear");
        clear.setOnAction(e -> vm.clearFiles());
        ComboBox<String> format = new ComboBox<>(FXCollections.observableArrayList("by extension", "markdown", "csv", "xlsx", "yaml", "html", "text"));
        format.setValue("by extension");
        format.setOnAction(e -> vm.format(format.getValue().equals("by extension") ? null : SourceFormat.parse(format.getValue())));
        ComboBox<String> shape = new ComboBox<>(FXCollections.observableArrayList("auto", "rows", "matrix"));
        shape.setValue("auto");
        shape.setOnAction(e -> vm.shape(shape.getValue()));
        TextField sheet = new TextField();
        sheet.setPromptText("first sheet");
        sheet.setPrefColumnCount(10);
        sheet.setOnAction(e -> vm.sheet(sheet.getText()));
        sheet.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                vm.sheet(sheet.getText());
            }
        });
        HBox files = new HBox(8, add, clear, sourcesLabel);
        HBox.setHgrow(sourcesLabel, Priority.ALWAYS);
        HBox options = new HBox(8, new Label("Read as"), format, new Label("Tables"), shape, new Label("Sheet"), sheet);
        options.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        files.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox fromFiles = new VBox(8, files, options);
        fromFiles.setPadding(new Insets(8));

        TextArea paste = new TextArea();
        paste.setPromptText("Paste a ladder here: a line per level (\"Senior Engineer:\"), bullets under it.");
        paste.setId("import-paste");
        Button read = new Button("Read Pasted Text");
        read.setOnAction(e -> vm.paste(paste.getText()));
        VBox fromText = new VBox(8, paste, read);
        fromText.setPadding(new Insets(8));
        VBox.setVgrow(paste, Priority.ALWAYS);

        TabPane source = new TabPane(new Tab("Files", fromFiles), new Tab("Pasted text", fromText));
        source.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        source.setPrefHeight(150);

        levelsTable();
        sectionsTable();
        branch.setOnAction(e -> {
            if (!updating) {
                String v = branch.getValue();
                vm.branchAfter(v == null || v.equals(NONE) ? null : keyOfLabel(v));
            }
        });
        name.setOnAction(e -> vm.name(name.getText()));
        name.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                vm.name(name.getText());
            }
        });
        name.setPrefColumnCount(24);
        branch.setPrefWidth(240);
        Label nameLabel = new Label("Ladder name");
        Label branchLabel = new Label("Shared up to");
        branchLabel.setTooltip(new javafx.scene.control.Tooltip("The branch point: levels up to this one are climbed by everyone; both tracks start above it."));
        nameLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        branchLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox top = new HBox(8, nameLabel, name, branchLabel, branch);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(name, Priority.ALWAYS);
        VBox levelsBox = new VBox(6, top, levels);
        VBox.setVgrow(levels, Priority.ALWAYS);
        VBox sectionsBox = new VBox(6, new Label("Sections: which are areas, which the supporting list"), sections);
        VBox.setVgrow(sections, Priority.ALWAYS);
        SplitPane mapping = new SplitPane(levelsBox, sectionsBox);
        mapping.setDividerPositions(0.7);
        report.setEditable(false);
        report.setWrapText(true);
        report.setPrefRowCount(6);
        report.setId("import-report");
        VBox box = new VBox(8, source, mapping, new Label("What will be imported"), report);
        VBox.setVgrow(mapping, Priority.ALWAYS);
        box.setPrefSize(1080, 680);
        // files dropped anywhere on the dialog are added as sources
        box.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            e.consume();
        });
        box.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                vm.addFiles(e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        return box;
    }

    private void chooseFiles(Window owner) {
        javafx.stage.FileChooser fc = new javafx.stage.FileChooser();
        fc.setTitle("Import from");
        if (folder != null && java.nio.file.Files.isDirectory(folder)) {
            fc.setInitialDirectory(folder.toFile());
        }
        fc.getExtensionFilters().setAll(
                new javafx.stage.FileChooser.ExtensionFilter("Ladders to import (Markdown, CSV, Excel, YAML, HTML, text)",
                        "*.md", "*.markdown", "*.csv", "*.tsv", "*.xlsx", "*.xls", "*.yaml", "*.yml", "*.html", "*.htm", "*.txt"),
                new javafx.stage.FileChooser.ExtensionFilter("All files", "*"));
        List<java.io.File> chosen = fc.showOpenMultipleDialog(owner);
        if (chosen != null && !chosen.isEmpty()) {
            vm.addFiles(chosen.stream().map(java.io.File::toPath).toList());
        }
    }

    /** The view model, for tests that drive the dialog's logic. */
    ImportViewModel viewModel() {
        return vm;
    }

    private void levelsTable() {
        levels.setEditable(true);
        levels.setId("import-levels");
        levels.setPlaceholder(new Label("The levels found will be listed here."));
        TableColumn<String, Boolean> include = new TableColumn<>("Import");
        include.setPrefWidth(76);
        include.setCellValueFactory(c -> {
            SimpleBooleanProperty p = new SimpleBooleanProperty(vm.level(c.getValue()).include());
            p.addListener((o, a, b) -> vm.include(c.getValue(), b));
            return p;
        });
        include.setCellFactory(CheckBoxTableCell.forTableColumn(include));
        TableColumn<String, String> found = new TableColumn<>("Found as");
        found.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(vm.foundAs(c.getValue())));
        found.setPrefWidth(200);
        TableColumn<String, Track> track = new TableColumn<>("Track");
        track.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(vm.level(c.getValue()).track()));
        track.setCellFactory(ComboBoxTableCell.forTableColumn(new StringConverter<>() {
            @Override public String toString(Track t) { return t == null ? "" : t.label(); }
            @Override public Track fromString(String s) { return null; }
        }, Track.values()));
        track.setOnEditCommit(e -> vm.track(e.getRowValue(), e.getNewValue()));
        TableColumn<String, String> code = text("Code", k -> vm.level(k).code(), vm::code, 70);
        TableColumn<String, String> title = text("Title", k -> vm.level(k).title(), vm::title, 200);
        TableColumn<String, String> order = text("Order", k -> String.valueOf(vm.level(k).order()), (k, v) -> {
            try {
                vm.order(k, Integer.parseInt(v.strip()));
            } catch (NumberFormatException ex) {
                refresh();
            }
        }, 60);
        TableColumn<String, String> peer = new TableColumn<>("Peer");
        peer.setPrefWidth(200);
        peer.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(peerLabel(c.getValue())));
        peer.setCellFactory(col -> new ComboBoxTableCell<>() {
            @Override
            public void startEdit() {
                String key = getTableRow() == null ? null : getTableRow().getItem();
                getItems().setAll(peerChoices(key));
                super.startEdit();
            }
        });
        peer.setOnEditCommit(e -> vm.peer(e.getRowValue(), e.getNewValue() == null || e.getNewValue().equals(NONE) ? null : keyOfLabel(e.getNewValue())));
        TableColumn<String, Integer> count = new TableColumn<>("Behaviours");
        count.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(vm.behaviourCount(c.getValue())));
        count.setPrefWidth(90);
        levels.getColumns().setAll(List.of(include, found, track, code, title, order, peer, count));
    }

    private void sectionsTable() {
        sections.setEditable(true);
        sections.setPlaceholder(new Label("No sub-headings or area rows found."));
        TableColumn<String, String> label = new TableColumn<>("Section");
        label.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        label.setPrefWidth(150);
        TableColumn<String, BehaviourKind> kind = new TableColumn<>("Kind");
        kind.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(vm.section(c.getValue()).kind()));
        kind.setCellFactory(ComboBoxTableCell.forTableColumn(new StringConverter<>() {
            @Override public String toString(BehaviourKind k) { return k == null ? "" : k.key(); }
            @Override public BehaviourKind fromString(String s) { return null; }
        }, BehaviourKind.values()));
        kind.setOnEditCommit(e -> vm.sectionKind(e.getRowValue(), e.getNewValue()));
        TableColumn<String, String> area = text("Area", k -> vm.section(k).area(), vm::sectionArea, 130);
        sections.getColumns().setAll(List.of(label, kind, area));
    }

    private TableColumn<String, String> text(String name, java.util.function.Function<String, String> get,
                                             java.util.function.BiConsumer<String, String> set, double width) {
        TableColumn<String, String> c = new TableColumn<>(name);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(get.apply(x.getValue()) == null ? "" : get.apply(x.getValue())));
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        c.setOnEditCommit(e -> set.accept(e.getRowValue(), e.getNewValue()));
        c.setPrefWidth(width);
        return c;
    }

    private String peerLabel(String key) {
        String p = vm.level(key).peer();
        return p == null || vm.mapping().level(p) == null ? NONE : vm.label(p);
    }

    private List<String> peerChoices(String key) {
        List<String> out = new ArrayList<>();
        out.add(NONE);
        if (key != null) {
            vm.peerCandidates(key).forEach(k -> out.add(vm.label(k)));
        }
        return out;
    }

    private String keyOfLabel(String label) {
        return vm.levelKeys().stream().filter(k -> vm.label(k).equals(label)).findFirst().orElse(null);
    }

    private void refresh() {
        updating = true;
        try {
            sourcesLabel.setText(vm.files().isEmpty() ? "No files; paste text in the other tab, or add files."
                    : String.join(", ", vm.files().stream().map(p -> p.getFileName().toString()).toList()));
            levels.getItems().setAll(vm.levelKeys());
            levels.refresh();
            sections.getItems().setAll(vm.sections());
            sections.refresh();
            List<String> branchChoices = new ArrayList<>();
            branchChoices.add(NONE);
            if (vm.mapping() != null) {
                List<String> climbable = new ArrayList<>(vm.mapping().track(Track.SHARED));
                climbable.addAll(vm.mapping().track(Track.TECHNICAL));
                climbable.forEach(k -> branchChoices.add(vm.label(k)));
                name.setText(vm.mapping().name());
            }
            branch.getItems().setAll(branchChoices);
            String bp = vm.mapping() == null ? null : vm.mapping().branchPoint();
            branch.setValue(bp == null ? NONE : vm.label(bp));
            report.setText(String.join("\n", vm.reportLines()));
        } finally {
            updating = false;
        }
    }
}
