package app.dualtrack.ui.main;

import app.dualtrack.ui.dialog.DialogService;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Answers dialogs from a script and records what the user would have been shown. */
public final class FakeDialogs implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public final Deque<Object> answers = new ArrayDeque<>();
    public boolean confirmAnswer = true;
    public final List<String> confirmations = new ArrayList<>();
    public SaveChoice saveChoice = SaveChoice.CANCEL;
    public int saveQuestions;

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showInformation(String title, String message) {
        infos.add(title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        confirmations.add(title + ": " + message);
        return confirmAnswer;
    }

    @Override
    public SaveChoice askToSave(String documentName) {
        saveQuestions++;
        return saveChoice;
    }

    public final List<String> news = new ArrayList<>();
    /** The offer beside each piece of news (its label and what it does), or null for none. */
    public final List<java.util.Map.Entry<String, Runnable>> newsActions = new ArrayList<>();
    public int diskQuestions;
    public List<String> lastChoiceLabels = List.of();
    public String lastChoiceDefault;

    @Override
    public void notify(String message, String actionLabel, Runnable action) {
        news.add(message);
        newsActions.add(actionLabel == null ? null : java.util.Map.entry(actionLabel, action));
    }

    @Override
    public <T> Optional<T> choose(String title, String prompt, List<T> choices, Function<T, String> label, T initial) {
        lastChoiceLabels = choices.stream().map(label).toList();
        lastChoiceDefault = initial == null ? null : label.apply(initial);
        return choose(title, prompt, choices, label);
    }

    public DiskChoice diskChoice = DiskChoice.CANCEL;
    public final List<String> recoveryQuestions = new ArrayList<>();

    @Override
    public DiskChoice askDiskChanged(String fileName) {
        diskQuestions++;
        return diskChoice;
    }

    /** The offers shown (non-modal banners), newest last; a test answers one with {@link #answerOffer}. */
    public final List<Offer> offers = new ArrayList<>();

    public record Offer(String message, List<Choice> choices) {
        public List<String> labels() {
            return choices.stream().map(Choice::label).toList();
        }
    }

    @Override
    public void offer(String message, List<Choice> choices) {
        recoveryQuestions.add(message);
        offers.add(new Offer(message, choices));
    }

    /** Clicks a button of the newest offer. */
    public void answerOffer(String label) {
        Offer newest = offers.get(offers.size() - 1);
        newest.choices().stream().filter(c -> c.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no “" + label + "” in " + newest.labels())).action().run();
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        return Optional.ofNullable((String) answers.poll());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Optional<T> choose(String title, String prompt, List<T> choices, Function<T, String> label) {
        Object wanted = answers.poll();
        return choices.stream().filter(c -> label.apply(c).equals(wanted)).findFirst();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, Path initialFolder) {
        return Optional.ofNullable((Path) answers.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, Path initialFolder, String suggestedName, String d, String e) {
        return Optional.ofNullable((Path) answers.poll());
    }
}
