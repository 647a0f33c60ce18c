package app.dualtrack.ui.actions;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The window's commands by action; features register theirs here, views ask for them by action. */
public final class Commands {
    private final Map<AppAction, Command> commands = new EnumMap<>(AppAction.class);

    public Command register(AppAction action, Runnable handler) {
        Command c = new Command(action, handler);
        commands.put(action, c);
        return c;
    }

    /** Adds a command a pane made itself (it knows what it acts on), so menus and shortcuts find it. */
    public Command add(Command command) {
        commands.put(command.action(), command);
        return command;
    }

    public Optional<Command> find(AppAction action) {
        return Optional.ofNullable(commands.get(action));
    }

    public boolean has(AppAction action) {
        return commands.containsKey(action);
    }

    /** The command; asking for one nobody registered is a programming error. */
    public Command get(AppAction action) {
        Command c = commands.get(action);
        if (c == null) {
            throw new IllegalStateException("no command registered for " + action);
        }
        return c;
    }

    /** Runs a command if registered and executable (a shortcut handled outside the menu bar). */
    public boolean execute(AppAction action) {
        return find(action).map(Command::execute).orElse(false);
    }
}
