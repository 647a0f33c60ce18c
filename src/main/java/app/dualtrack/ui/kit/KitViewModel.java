package app.dualtrack.ui.kit;

import app.dualtrack.export.ExportOptions;
import app.dualtrack.kit.KitWriter;
import app.dualtrack.model.Ladder;
import app.dualtrack.ui.dialog.DialogService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Ladder › Visibility Kit…: asks for a folder and writes the kit there. A folder that already holds
 * the kit's files is only written after the user agrees to replace them (they may be filled in).
 */
public final class KitViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(KitViewModel.class);
    private final DialogService dialogs;
    private final Function<Path, Optional<Path>> chooseFolder;
    private final Supplier<LocalDate> today;

    /** @param chooseFolder asks for a folder, starting from the given one (may be null) */
    public KitViewModel(DialogService dialogs, Function<Path, Optional<Path>> chooseFolder, Supplier<LocalDate> today) {
        this.dialogs = dialogs;
        this.chooseFolder = chooseFolder;
        this.today = today;
    }

    /** Returns the files written, or empty when the user cancelled or writing failed (and was reported). */
    public Optional<KitWriter.Result> writeKit(Ladder ladder, Path ladderFile) {
        Path start = ladderFile == null ? null : ladderFile.toAbsolutePath().getParent();
        Optional<Path> folder = chooseFolder.apply(start);
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        ExportOptions.Paper paper = ExportOptions.Paper.A4;
        try {
            return Optional.of(report(KitWriter.write(ladder, folder.get(), today.get(), paper, false), folder.get()));
        } catch (KitWriter.KitException e) {
            if (e.getCause() != null) {
                LOG.warn("Writing the visibility kit failed", e);
                dialogs.showError("The visibility kit could not be written", e.getMessage());
                return Optional.empty();
            }
            if (!dialogs.confirm("Replace the kit's files?", e.getMessage().replace("; nothing was written. Choose another folder, or replace them if they are not filled in.",
                    ".") + " Replacing them loses anything written in them.", "Replace")) {
                return Optional.empty();
            }
            try {
                return Optional.of(report(KitWriter.write(ladder, folder.get(), today.get(), paper, true), folder.get()));
            } catch (KitWriter.KitException again) {
                LOG.warn("Writing the visibility kit failed", again);
                dialogs.showError("The visibility kit could not be written", again.getMessage());
                return Optional.empty();
            }
        }
    }

    private KitWriter.Result report(KitWriter.Result result, Path folder) {
        StringBuilder sb = new StringBuilder();
        sb.append(result.files().size()).append(" files in ").append(folder).append(": the scope document templates and the ")
                .append("technical review outline (Markdown to fill in, PDF to print) and visibility-calendar.ics to import into a calendar.");
        if (result.proposed()) {
            sb.append(" The ladder names no scope document or technical review yet, so the kit proposes quarterly ones; "
                    + "add them in Ladder › Visibility Mechanisms to make them part of the ladder.");
        }
        dialogs.showInformation("Visibility kit written", sb.toString());
        return result;
    }
}
