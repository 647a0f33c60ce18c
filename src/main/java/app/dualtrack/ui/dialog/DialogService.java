package app.dualtrack.ui.dialog;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything the view models ask of the user, behind one interface so that they can be tested
 * without a screen (a fake answers in tests; {@link FxDialogService} shows real dialogs).
 */
public interface DialogService {
    /** The answer to "save changes before closing?". */
    enum SaveChoice { SAVE, DISCARD, CANCEL }

    /** The answer when the open file changed on disk underneath. */
    enum DiskChoice { RELOAD, KEEP_MINE, COMPARE, CANCEL }

    /** One button of a non-modal offer: its label and what it does. */
    record Choice(String label, Runnable action) {
    }

    DiskChoice askDiskChanged(String fileName);

    void showError(String title, String message);

    void showInformation(String title, String message);

    boolean confirm(String title, String message, String confirmLabel);

    SaveChoice askToSave(String documentName);

    Optional<String> askText(String title, String prompt, String initial);

    /** Picks one of {@code choices}, shown by their labels. */
    <T> Optional<T> choose(String title, String prompt, List<T> choices, java.util.function.Function<T, String> label);

    /** Picks one of {@code choices} with {@code initial} preselected (Enter takes it). */
    default <T> Optional<T> choose(String title, String prompt, List<T> choices, java.util.function.Function<T, String> label, T initial) {
        return choose(title, prompt, choices, label);
    }

    /**
     * Non-modal news that does not stop the user's work (a banner): the file was reloaded, an export
     * finished. {@code actionLabel} and {@code action} may be null.
     */
    default void notify(String message, String actionLabel, Runnable action) {
        showInformation("Dualtrack", message);
    }

    /**
     * A non-modal offer the user answers when they like (a banner with a button per choice, which stays
     * until answered; closing it means "not now"): a recovered ladder, say.
     */
    void offer(String message, List<Choice> choices);

    Optional<Path> chooseFileToOpen(String title, Path initialFolder);

    Optional<Path> chooseFileToSave(String title, Path initialFolder, String suggestedName, String extensionDescription, String extension);
}
